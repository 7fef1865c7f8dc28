package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.modelworkbench.data.formats.SafeUnzip;
import org.modelworkbench.ml.library.ModelDetector;
import org.modelworkbench.ml.library.ModelFormat;
import org.modelworkbench.ml.library.ModelSource;
import org.modelworkbench.ml.library.ProbeResult;
import org.modelworkbench.ml.library.ShapeProbe;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tabular.TabularModelDescription;
import org.modelworkbench.ml.torchscript.TorchScriptModel;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Imports a model file or folder into the library: recognises its format, loads it once to check
 * it, records its inputs and outputs, and copies its files into {@code artifacts/models/<sha256>/}.
 * Nothing is stored when any step fails.
 */
public final class ModelImports {
  /** The name a TorchScript file gets inside the project. */
  static final String TORCHSCRIPT_FILE = "model.pt";

  private final ProjectDatabase database;

  public ModelImports(ProjectDatabase database) {
    this.database = database;
  }

  /**
   * Imports a model.
   *
   * @param path a TorchScript {@code .pt}/{@code .pth}, a workbench model folder or its
   *     {@code .params}, a TensorFlow SavedModel folder or {@code .zip}, or a text model folder
   *     (Hugging Face BERT family, ONNX encoder or TorchScript encoder with its tokenizer, see
   *     {@link TextModelFolder})
   * @param request name, labels file and input shape
   * @return the stored model and its signature
   * @throws WorkbenchException in one plain sentence when the path is not a model or does not load
   */
  public ModelImportOutcome importModel(Path path, ModelImportRequest request) {
    if (TextModelFolder.isTextModel(path)) {
      return new TextModelImports(database).importModel(path, request);
    }
    ModelSource source = ModelDetector.detect(path);
    String name = modelName(path, request.name());
    database.models().findByName(name).ifPresent(m -> {
      throw new WorkbenchException("A model named '" + name + "' already exists in this project; "
          + "import with another name (--name).");
    });
    List<String> labels = request.labelsFile() == null ? List.of() : LabelsFile.read(request.labelsFile());
    ImageNormalization normalization = ImageNormalization.parse(request.normalization());
    Path unpacked = source.zipped() ? SafeUnzip.extract(source.path()) : null;
    try {
      Path modelPath = unpacked == null ? source.path() : savedModelFolder(unpacked, path);
      String sha = hash(modelPath);
      refuseDuplicate(database, sha);
      Described described = describe(source.format(), modelPath, request, labels);
      requireImages(normalization, described.signature(), source.format(), name);
      Path folder = store(source.format(), modelPath, sha, described.signature().labels());
      String relative = database.artifacts().relativize(folder);
      ModelSignature signature = new ModelSignature(described.signature().inputKind(),
          described.signature().inputShape(), described.signature().outputShape(), described.signature().labels(),
          described.signature().signatures(), path.toAbsolutePath().toString(), sha,
          source.format() == ModelFormat.TORCHSCRIPT ? TORCHSCRIPT_FILE : null, described.signature().description(),
          normalization);
      ModelInfo model = database.models().insert(name, source.format().kind(), source.format().engine(), relative,
          described.task(), null, null, null, signature);
      return new ModelImportOutcome(model, signature);
    } finally {
      if (unpacked != null) {
        SafeUnzip.delete(unpacked);
      }
    }
  }

  /** A signature still without its file facts, and the task. */
  private record Described(ModelSignature signature, Task task) {}

  private Described describe(ModelFormat format, Path modelPath, ModelImportRequest request, List<String> labels) {
    String fileName = modelPath.getFileName().toString();
    switch (format) {
      case TORCHSCRIPT -> {
        long[] given = request.inputShape() == null ? null : Shapes.parse(request.inputShape());
        ProbeResult probe;
        try (TorchScriptModel loaded = TorchScriptModel.load(modelPath)) {
          probe = ShapeProbe.probe(loaded, given, fileName);
        }
        long outputs = 1;
        for (long d : probe.outputShape()) {
          outputs *= d;
        }
        if (!labels.isEmpty() && labels.size() != outputs) {
          throw new WorkbenchException("The labels file has " + labels.size() + " names but " + fileName
              + " gives " + outputs + " outputs; give one name per output, in order.");
        }
        String kind = probe.inputShape().length == 3 ? ModelSignature.IMAGE
            : probe.inputShape().length == 1 ? ModelSignature.TABULAR : ModelSignature.UNKNOWN;
        String description = "input " + Shapes.text(probe.inputShape()) + ", output "
            + (labels.isEmpty() ? outputs + " features" : outputs + " classes");
        return new Described(new ModelSignature(kind, Shapes.toList(probe.inputShape()),
            Shapes.toList(probe.outputShape()), labels, List.of(), null, null, null, description), Task.CLASSIFICATION);
      }
      case DJL -> {
        Task task = TabularModelDescription.read(modelPath).task();
        TabularModel.load(modelPath).close();
        return new Described(TrainedModelSignatures.tabular(modelPath), task);
      }
      default -> {
        return new Described(SavedModelDescription.describe(modelPath, labels), Task.CLASSIFICATION);
      }
    }
  }

  /** A normalisation other than none only fits a model that takes images with matching channels. */
  private static void requireImages(ImageNormalization normalization, ModelSignature signature, ModelFormat format,
      String name) {
    if (normalization.isNone()) {
      return;
    }
    if (!ModelSignature.IMAGE.equals(signature.inputKind())) {
      throw new WorkbenchException("--normalize is for models that take images, but '" + name + "' takes "
          + (signature.inputShape().isEmpty() ? "an input of unknown shape" : "an input of shape "
          + Shapes.text(signature.inputShape())) + "; import it without --normalize.");
    }
    // TorchScript takes channels first, a SavedModel (TensorFlow) channels last.
    List<Long> shape = signature.inputShape();
    normalization.requireChannels(format == ModelFormat.TENSORFLOW ? shape.get(shape.size() - 1) : shape.get(0));
  }

  private Path store(ModelFormat format, Path modelPath, String sha, List<String> labels) {
    Path folder = database.artifacts().modelsDirectory().resolve(sha);
    Path temp = database.artifacts().modelsDirectory().resolve(".import-" + sha);
    TreeCopy.deleteQuietly(temp);
    try {
      Files.createDirectories(temp);
      if (format == ModelFormat.TORCHSCRIPT) {
        Files.copy(modelPath, temp.resolve(TORCHSCRIPT_FILE));
      } else {
        TreeCopy.copy(modelPath, temp);
      }
      if (!labels.isEmpty() && !Files.exists(temp.resolve(LabelsFile.NAME))) {
        LabelsFile.write(temp.resolve(LabelsFile.NAME), labels);
      }
      TreeCopy.deleteQuietly(folder);
      Files.move(temp, folder);
      return folder;
    } catch (IOException e) {
      TreeCopy.deleteQuietly(temp);
      throw new WorkbenchException("Could not copy the model into the project (" + e.getMessage() + ").", e);
    }
  }

  /** Refuses content already in the library under another name. */
  static void refuseDuplicate(ProjectDatabase database, String sha) {
    for (ModelInfo existing : database.models().list()) {
      if (sha.equals(database.models().signature(existing.id()).sha256())) {
        throw new WorkbenchException("This model is already in the library as '" + existing.name() + "'.");
      }
    }
  }

  private static String hash(Path modelPath) {
    try {
      return ContentHash.of(modelPath);
    } catch (IOException e) {
      throw new WorkbenchException(modelPath.getFileName() + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** The folder holding {@code saved_model.pb} inside an unpacked zip. */
  private static Path savedModelFolder(Path unpacked, Path zip) {
    try (Stream<Path> walk = Files.walk(unpacked)) {
      return walk.filter(p -> p.getFileName().toString().equals("saved_model.pb")).map(Path::getParent)
          .min((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
          .orElseThrow(() -> new WorkbenchException(zip.getFileName() + " holds no saved_model.pb."));
    } catch (IOException e) {
      throw new WorkbenchException(zip.getFileName() + " could not be unpacked (" + e.getMessage() + ").", e);
    }
  }

  /** The given name, or the file's name without its extension. */
  static String modelName(Path path, String given) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String file = path.toAbsolutePath().normalize().getFileName().toString();
    String lower = file.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".pt", ".pth", ".params", ".zip")) {
      if (lower.endsWith(ext)) {
        return file.substring(0, file.length() - ext.length());
      }
    }
    return file;
  }
}
