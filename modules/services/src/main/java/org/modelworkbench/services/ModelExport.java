package org.modelworkbench.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes a library model's files for use outside the workbench: the TorchScript {@code .pt} as
 * stored, or a workbench (DJL) model folder with its {@code model.json}, plus {@code labels.txt}.
 */
public final class ModelExport {
  private final ModelLibrary library;

  ModelExport(ModelLibrary library) {
    this.library = library;
  }

  /**
   * Exports a model.
   *
   * @param name the model's name
   * @param out a folder (created if needed), or for TorchScript a {@code .pt} file name
   * @param format {@code torchscript}, {@code djl}, or null for the model's own format
   * @return the main file or folder written
   * @throws WorkbenchException when the format does not fit the model or writing fails
   */
  public Path export(String name, Path out, String format) {
    ModelInfo model = library.find(name);
    ModelSignature signature = library.signature(model);
    String own = "torchscript".equals(model.kind()) ? "torchscript" : "TensorFlow".equals(model.engine())
        ? "savedmodel" : "djl";
    String wanted = format == null ? own : format.toLowerCase(Locale.ROOT);
    if (!wanted.equals(own)) {
      throw new WorkbenchException("The model '" + name + "' is a " + own + " model; it exports only as " + own
          + ".");
    }
    try {
      Path written;
      Path folder;
      if (own.equals("torchscript")) {
        boolean toFile = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT)
            .matches(".*\\.(pt|pth)");
        folder = toFile ? out.toAbsolutePath().getParent() : out;
        Files.createDirectories(folder);
        written = toFile ? out : folder.resolve(safeFileName(name) + ".pt");
        Files.copy(library.modelFile(model), written, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else {
        folder = out;
        Files.createDirectories(folder);
        TreeCopy.copy(library.modelFolder(model), folder);
        written = folder;
      }
      java.util.List<String> labels = signature.labels().isEmpty() ? trainedLabels(model) : signature.labels();
      if (!labels.isEmpty()) {
        LabelsFile.write(folder.resolve(LabelsFile.NAME), labels);
      }
      return written;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new WorkbenchException("The folder " + out + " already holds the model's files; choose an empty folder.",
          e);
    } catch (IOException e) {
      throw new WorkbenchException("Could not export the model '" + name + "' to " + out + " (" + e.getMessage()
          + ").", e);
    }
  }

  /** The classes of a model trained in this project, in output order (empty for regression). */
  private java.util.List<String> trainedLabels(ModelInfo model) {
    Path folder = library.modelFolder(model);
    if (org.modelworkbench.ml.image.ImageModel.isImageModel(folder)) {
      try (org.modelworkbench.ml.image.ImageModel loaded = org.modelworkbench.ml.image.ImageModel.load(folder)) {
        return loaded.classLabels();
      }
    }
    if (Files.exists(folder.resolve("model.json"))) {
      try (org.modelworkbench.ml.TabularModel loaded = org.modelworkbench.ml.TabularModel.load(folder)) {
        return loaded.classLabels();
      }
    }
    return java.util.List.of();
  }

  private static String safeFileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
