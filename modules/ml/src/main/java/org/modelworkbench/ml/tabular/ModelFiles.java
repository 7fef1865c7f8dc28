package org.modelworkbench.ml.tabular;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * Reads and writes a model folder: {@value #MANIFEST} and the DJL parameters file. Writes go to a
 * temporary file that is then moved into place, so a crash never leaves half a file.
 */
final class ModelFiles {
  /** The manifest's file name. */
  static final String MANIFEST = "model.json";
  /** The parameters' file name. */
  static final String PARAMETERS = "model.params";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      // Later versions may add fields; older readers skip them.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelFiles() {}

  /** Writes the manifest into the folder. */
  static void writeManifest(Path dir, ModelManifest manifest) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(manifest);
    AtomicFiles.write(dir.resolve(MANIFEST), out -> out.write(bytes));
  }

  /**
   * Reads a folder's manifest.
   *
   * @throws WorkbenchException if there is none, it is damaged, or it is from a newer version
   */
  static ModelManifest readManifest(Path dir) {
    Path file = dir.resolve(MANIFEST);
    ModelManifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), ModelManifest.class);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new WorkbenchException("The folder '" + dir + "' holds no saved model (" + MANIFEST
          + " is missing).", e);
    } catch (IOException e) {
      throw new WorkbenchException("The saved model in '" + dir + "' is damaged: "
          + e.getMessage(), e);
    }
    if (manifest.formatVersion() > ModelManifest.FORMAT_VERSION) {
      throw new WorkbenchException("The model in '" + dir + "' was saved by a newer version of"
          + " the workbench; update the workbench to open it.");
    }
    if (!complete(manifest)) {
      throw new WorkbenchException("The saved model in '" + dir + "' is damaged: " + MANIFEST
          + " lacks required entries.");
    }
    return manifest;
  }

  private static boolean complete(ModelManifest m) {
    boolean outputs = m.task() == Task.CLASSIFICATION
        ? m.labels().size() >= 2 : m.task() == Task.REGRESSION && m.targetScaling() != null;
    return outputs && m.kind() != null && m.preprocessor() != null && m.target() != null
        && m.parametersFile() != null && m.inputWidth() == m.preprocessor().outputWidth();
  }

  /** Writes a value as JSON into the file, atomically. */
  static void writeJson(Path file, Object value) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(value);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /**
   * Reads a JSON file written by {@link #writeJson}.
   *
   * @throws WorkbenchException if it is missing or damaged
   */
  static <T> T readJson(Path file, Class<T> type) {
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (IOException e) {
      throw new WorkbenchException("The file '" + file + "' cannot be read: " + e.getMessage(), e);
    }
  }

  /** Writes the block's parameters into the folder. */
  static void writeParameters(Path dir, Block block) throws IOException {
    AtomicFiles.write(
        dir.resolve(PARAMETERS), out -> block.saveParameters(new DataOutputStream(out)));
  }

  /**
   * Loads parameters saved by {@link #writeParameters} into a block of the same structure.
   *
   * @throws WorkbenchException if the file is missing or does not fit the block
   */
  static void loadParameters(Path dir, String fileName, Block block, NDManager manager) {
    Path file = dir.resolve(fileName);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      block.loadParameters(manager, in);
    } catch (NoSuchFileException e) {
      throw new WorkbenchException("The model in '" + dir + "' has no parameters file ("
          + fileName + ").", e);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      throw new WorkbenchException("The parameters of the model in '" + dir
          + "' are damaged or do not match its " + MANIFEST + ".", e);
    }
  }

  /** Removes a previous model's files so a new run never mixes with them. */
  static void clear(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(MANIFEST));
    Files.deleteIfExists(dir.resolve(PARAMETERS));
  }
}
