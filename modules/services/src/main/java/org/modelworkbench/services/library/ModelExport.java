package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.ml.image.ImageModel;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes a library model's files for use outside the workbench: the TorchScript {@code .pt} as
 * stored, a workbench (DJL) model folder with its {@code model.json}, or a SavedModel folder, plus
 * {@code labels.txt}. An image model fine-tuned from a TorchScript base also gets its whole network
 * as one TorchScript file, {@code model.pt}, with {@code preprocessing.json}. A head on a SavedModel's features is two models that run one after the
 * other, so it exports as a folder with both (see {@link SavedModelHeadExport}).
 */
public final class ModelExport {
  /** The format of a head on a SavedModel's features: the SavedModel and the head, in one folder. */
  public static final String SAVEDMODEL_HEAD = "savedmodel-head";
  /** The library kind of a fine-tuned text encoder, which exports as a Hugging Face folder. */
  static final String FINE_TUNED_TEXT = "fine-tuned text";
  /** The other text kinds, which export as their workbench folder. */
  private static final java.util.Set<String> TEXT_KINDS = java.util.Set.of("tfidf", "encoder-head");

  private final ModelLibrary library;
  private final SavedModelHeadExport heads;

  public ModelExport(ModelLibrary library, SavedModelHeadBase head) {
    this.library = library;
    this.heads = new SavedModelHeadExport(library, head);
  }

  /**
   * Exports a model.
   *
   * @param name the model's name
   * @param out a folder (created if needed), or for TorchScript a {@code .pt} file name
   * @param format {@code torchscript}, {@code djl}, {@code savedmodel}, {@code huggingface} (a fine-tuned text model), {@code workbench} (other text models), {@value #SAVEDMODEL_HEAD},
   *     or null for the model's own format
   * @return the main file or folder written
   * @throws WorkbenchException when the format does not fit the model or writing fails
   */
  public Path export(String name, Path out, String format) {
    ModelInfo model = library.find(name);
    ModelSignature signature = library.signature(model);
    String own = format(model);
    String wanted = format == null ? own : format.toLowerCase(Locale.ROOT);
    if (!wanted.equals(own)) {
      throw new WorkbenchException("The model '" + name + "' is a " + own + " model; it exports only as " + own
          + (own.equals(SAVEDMODEL_HEAD) ? " (" + contents(name) + ")" : "") + ".");
    }
    try {
      Path written;
      Path folder;
      if (own.equals(SAVEDMODEL_HEAD)) {
        folder = out;
        written = heads.write(model, folder);
      } else if (own.equals("torchscript")) {
        boolean toFile = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT)
            .matches(".*\\.(pt|pth)");
        folder = toFile ? out.toAbsolutePath().getParent() : out;
        Files.createDirectories(folder);
        written = toFile ? out : folder.resolve(safeFileName(name) + ".pt");
        Files.copy(library.modelFile(model), written, StandardCopyOption.REPLACE_EXISTING);
      } else {
        folder = out;
        Files.createDirectories(folder);
        TreeCopy.copy(library.modelFolder(model), folder);
        writeSingleTorchScript(library.modelFolder(model), folder);
        written = folder;
      }
      List<String> labels = signature.labels().isEmpty() ? trainedLabels(model) : signature.labels();
      if (!labels.isEmpty()) {
        LabelsFile.write(folder.resolve(LabelsFile.NAME), labels);
      }
      return written;
    } catch (FileAlreadyExistsException e) {
      throw new WorkbenchException("The folder " + out + " already holds the model's files; choose an empty folder.",
          e);
    } catch (IOException e) {
      throw new WorkbenchException("Could not export the model '" + name + "' to " + out + " (" + e.getMessage()
          + ").", e);
    }
  }

  /**
   * What {@link #export} writes for the model, in one plain sentence.
   *
   * @throws WorkbenchException when there is no such model
   */
  public String contents(String name) {
    ModelInfo model = library.find(name);
    return switch (format(model)) {
      case SAVEDMODEL_HEAD -> heads.contents(model);
      case "torchscript" -> "the TorchScript file and labels.txt";
      case "savedmodel" -> "the TensorFlow SavedModel folder and labels.txt";
      case "huggingface" -> "a Hugging Face sequence-classification folder (config.json with id2label,"
          + " model.safetensors, tokenizer.json) and labels.txt, which AutoModelForSequenceClassification loads";
      case "workbench" -> "the workbench text model folder (its text columns, features and weights) and labels.txt";
      default -> ImageModel.isFineTunedImageModel(library.modelFolder(model))
          ? "the workbench model folder (DJL parameters and its description), the whole network as one"
              + " TorchScript file " + ImageModel.TORCHSCRIPT_FILE + " with " + ImageModel.PREPROCESSING_FILE
              + ", and labels.txt"
          : "the workbench model folder (DJL parameters and its description) and labels.txt";
    };
  }

  /**
   * For an image model fine-tuned from a TorchScript base, also writes the backbone and head as
   * one TorchScript module and how to preprocess its input, so it runs with {@code torch.jit.load}
   * alone.
   */
  private static void writeSingleTorchScript(Path modelFolder, Path folder) throws IOException {
    if (ImageModel.isFineTunedImageModel(modelFolder)) {
      try (ImageModel loaded = ImageModel.load(modelFolder)) {
        loaded.exportTorchScript(folder);
      }
    }
  }

  /** The format the model exports as. */
  private static String format(ModelInfo model) {
    if (SavedModelHeadBase.is(model)) {
      return SAVEDMODEL_HEAD;
    }
    if (FINE_TUNED_TEXT.equals(model.kind())) {
      return "huggingface";
    }
    if (TEXT_KINDS.contains(model.kind())) {
      return "workbench";
    }
    return "torchscript".equals(model.kind()) ? "torchscript" : "TensorFlow".equals(model.engine())
        ? "savedmodel" : "djl";
  }

  /** The classes of a model trained in this project, in output order (empty for regression). */
  private List<String> trainedLabels(ModelInfo model) {
    Path folder = library.modelFolder(model);
    if (ImageModel.isImageModel(folder)) {
      try (ImageModel loaded = ImageModel.load(folder)) {
        return loaded.classLabels();
      }
    }
    if (Files.exists(folder.resolve("model.json"))) {
      try (TabularModel loaded = TabularModel.load(folder)) {
        return loaded.classLabels();
      }
    }
    return List.of();
  }

  private static String safeFileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
