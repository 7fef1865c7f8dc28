package org.modelworkbench.ml.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.modelworkbench.model.WorkbenchException;

/**
 * Recognises a model file or folder by its contents, not only its name, and says in one plain
 * sentence why something is not a model.
 */
public final class ModelDetector {
  private static final String SAVED_MODEL = "saved_model.pb";
  private static final String MANIFEST = "model.json";
  private static final String WHAT_WORKS = "Import a TorchScript .pt or .pth file saved with torch.jit.save, "
      + "a workbench model folder (model.json and model.params), or a TensorFlow SavedModel folder "
      + "(or a .zip of one).";

  private ModelDetector() {}

  /**
   * Finds out which kind of model a path holds.
   *
   * @param path a file or folder
   * @return the model found
   * @throws WorkbenchException naming the file when it is not a model
   */
  public static ModelSource detect(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.exists(path)) {
      throw new WorkbenchException(name + " does not exist. Check the path and try again.");
    }
    if (Files.isDirectory(path)) {
      return folder(path, name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".params")) {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null && Files.isRegularFile(parent.resolve(MANIFEST))) {
        return new ModelSource(ModelFormat.DJL, parent, false);
      }
      throw new WorkbenchException(name + " holds DJL parameters without the model.json that describes "
          + "the network; import the whole model folder instead.");
    }
    List<String> entries = zipEntries(path);
    if (entries == null) {
      if (lower.endsWith(".pt") || lower.endsWith(".pth")) {
        throw new WorkbenchException(name + " is not a TorchScript model (it is not the zip archive that "
            + "torch.jit.save writes). Save the model with torch.jit.save(torch.jit.trace(model, example), "
            + "'" + name + "') and import that file.");
      }
      throw new WorkbenchException(name + " is not a model file Model Workbench can read. " + WHAT_WORKS);
    }
    if (isTorchScript(entries)) {
      return new ModelSource(ModelFormat.TORCHSCRIPT, path, false);
    }
    if (entries.stream().anyMatch(e -> e.equals(SAVED_MODEL) || e.endsWith("/" + SAVED_MODEL))) {
      return new ModelSource(ModelFormat.TENSORFLOW, path, true);
    }
    if (entries.stream().anyMatch(e -> e.endsWith("data.pkl"))) {
      throw new WorkbenchException(name + " is a PyTorch checkpoint saved with torch.save, not TorchScript. "
          + "Save the model with torch.jit.save(torch.jit.trace(model, example), '" + name
          + "') and import that file.");
    }
    throw new WorkbenchException(name + " is a zip archive but holds no model. " + WHAT_WORKS);
  }

  private static ModelSource folder(Path dir, String name) {
    if (Files.isRegularFile(dir.resolve(SAVED_MODEL))) {
      return new ModelSource(ModelFormat.TENSORFLOW, dir, false);
    }
    if (Files.isRegularFile(dir.resolve(MANIFEST))) {
      return new ModelSource(ModelFormat.DJL, dir, false);
    }
    throw new WorkbenchException("The folder " + name + " holds no model: it has neither saved_model.pb "
        + "(TensorFlow SavedModel) nor model.json (workbench model). " + WHAT_WORKS);
  }

  /** TorchScript archives hold {@code <name>/code/...} and {@code <name>/constants.pkl}. */
  private static boolean isTorchScript(List<String> entries) {
    boolean code = entries.stream().anyMatch(e -> e.contains("/code/") || e.startsWith("code/"));
    boolean constants = entries.stream().anyMatch(e -> e.endsWith("constants.pkl"));
    return code && constants;
  }

  /** The entry names of a zip archive, or null when the file is not one. */
  private static List<String> zipEntries(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<String> names = new ArrayList<>();
      for (ZipEntry entry : Collections.list(zip.entries())) {
        names.add(entry.getName());
      }
      return names;
    } catch (ZipException e) {
      return null;
    } catch (IOException e) {
      throw new WorkbenchException(file.getFileName() + " cannot be read (" + e.getMessage()
          + "). Check that you may open it.", e);
    }
  }
}
