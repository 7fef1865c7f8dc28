package org.modelworkbench.app.desktop.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;

/** Plain-language text about a library model: what it takes and gives, its labels and signatures. */
public final class ModelFacts {
  /** Most class names listed before "and N more". */
  static final int MAX_LABELS = 12;

  private ModelFacts() {}

  /** "input 1×8×8 image, output 10 classes", or the recorded description when shapes are unknown. */
  public static String shapes(ModelSignature signature) {
    if (signature.inputShape().isEmpty() && signature.outputShape().isEmpty()) {
      return signature.description() == null ? "Inputs and outputs were not recorded" : signature.description();
    }
    String input = switch (signature.inputKind()) {
      case ModelSignature.IMAGE -> "input " + dims(signature.inputShape()) + " image";
      case ModelSignature.TABULAR -> "input " + signature.inputShape().get(0) + " columns";
      case ModelSignature.TEXT -> "input text of up to " + signature.inputShape().get(0) + " tokens";
      default -> signature.inputShape().isEmpty() ? "input not recorded" : "input " + dims(signature.inputShape());
    };
    long outputs = signature.outputCount();
    String output;
    if (!signature.labels().isEmpty()) {
      output = "output " + signature.labels().size() + " classes";
    } else if (outputs == 0) {
      output = "output not recorded";
    } else {
      output = "output " + outputs + (outputs == 1 ? " value" : ModelSignature.TEXT.equals(signature.inputKind())
          ? "-wide text vectors" : " features");
    }
    return input + ", " + output;
  }

  /** The class names, at most {@value #MAX_LABELS} then "and N more". */
  public static String labels(List<String> labels) {
    if (labels.isEmpty()) {
      return "None recorded (outputs are numbered 0, 1, 2…)";
    }
    if (labels.size() <= MAX_LABELS) {
      return String.join(", ", labels);
    }
    return String.join(", ", labels.subList(0, MAX_LABELS)) + " and " + (labels.size() - MAX_LABELS) + " more";
  }

  /**
   * What the model is: engine, kind, task, inputs and outputs, labels, how an image model's pixels
   * are scaled, and description.
   */
  public static Map<String, String> identity(ModelInfo model, ModelSignature signature) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("Engine", model.engine());
    lines.put("Kind", model.kind());
    lines.put("Task", model.task() == null ? "" : model.task().label());
    lines.put("Inputs and outputs", shapes(signature));
    lines.put("Labels", ModelSignature.TEXT.equals(signature.inputKind()) && signature.labels().isEmpty()
        ? "No classification head: an encoder to train a head on (Fine-tune\u2026)" : labels(signature.labels()));
    if (ModelSignature.IMAGE.equals(signature.inputKind())) {
      lines.put("Pixels", capitalised(signature.normalization().describe()));
    }
    // The import's description repeats the shapes for TorchScript; it says more for other models.
    if (signature.description() != null && !signature.description().startsWith("input ")) {
      lines.put("Description", signature.description());
    }
    lines.put("Created", Formats.dateTime(model.createdAt()));
    return lines;
  }

  /** Where the model's files came from: the source file, its SHA-256, and where the project keeps it. */
  public static Map<String, String> files(ModelInfo model, ModelSignature signature) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("Source file", signature.sourceFile() == null
        ? model.runId() == null ? "Not known (imported before the app kept it)" : "Trained in this project (run " + model.runId() + ")"
        : signature.sourceFile());
    // A model trained here, or imported before fingerprints were kept, has none: the line is left out.
    if (signature.sha256() != null && !signature.sha256().isBlank()) {
      lines.put("SHA-256", signature.sha256());
    }
    lines.put("Stored in", model.path() + (signature.modelFile() == null ? "" : "/" + signature.modelFile()));
    return lines;
  }

  /** One row per input and output of each signature, for the signatures table. */
  public static List<SignatureRow> signatureRows(List<SignatureSpec> signatures) {
    List<SignatureRow> rows = new ArrayList<>();
    for (SignatureSpec signature : signatures) {
      for (TensorSpec input : signature.inputs()) {
        rows.add(new SignatureRow(signature.name(), "input", input.name(), input.dtype(), shape(input.shape())));
      }
      for (TensorSpec output : signature.outputs()) {
        rows.add(new SignatureRow(signature.name(), "output", output.name(), output.dtype(), shape(output.shape())));
      }
    }
    return rows;
  }

  /** "Accuracy 0.953, Macro F1 0.95": the metrics that have a value, at most {@code limit}. */
  public static String headline(Metrics metrics, int limit) {
    List<String> parts = new ArrayList<>();
    metrics.headline().forEach((key, value) -> {
      if (value != null && !value.isNaN() && parts.size() < limit) {
        parts.add(MetricNames.label(key) + " " + Formats.metric(value));
      }
    });
    return String.join(", ", parts);
  }

  /** A tensor shape with "any" for a dimension of any size: "any × 224 × 224 × 3". */
  static String shape(List<Long> dims) {
    if (dims.isEmpty()) {
      return "scalar";
    }
    List<String> parts = new ArrayList<>();
    for (long d : dims) {
      parts.add(d < 0 ? "any" : Long.toString(d));
    }
    return String.join(" × ", parts);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String dims(List<Long> dims) {
    List<String> parts = new ArrayList<>();
    for (long d : dims) {
      parts.add(d < 0 ? "any" : Long.toString(d));
    }
    return String.join("\u00D7", parts);
  }

  /**
   * One input or output of a signature.
   *
   * @param signature the signature's name
   * @param direction {@code input} or {@code output}
   * @param name the tensor's name
   * @param type its element type
   * @param shape its dimensions as text
   */
  public record SignatureRow(String signature, String direction, String name, String type, String shape) {}
}
