package org.modelworkbench.ml.image;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
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
import org.modelworkbench.model.WorkbenchException;

/**
 * Reads and writes an image model folder (also the layout of a checkpoint): the manifest, the
 * DJL parameters of the network or head, and the TorchScript backbone when fine-tuned. Every file
 * is written to a temporary name and moved into place.
 */
final class ImageFiles {
  /** The manifest's file name; its presence marks an image model folder. */
  static final String MANIFEST = "image-model.json";
  /** DJL parameters: the whole network (from scratch) or the head (fine-tuned). */
  static final String PARAMETERS = "network.params";
  /** The fine-tuned TorchScript backbone. */
  static final String BACKBONE = "backbone.pt";
  /** A checkpoint's training state. */
  static final String STATE = "state.json";

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ImageFiles() {}

  /** Writes the network's files and the manifest (last, so it only ever describes whole files). */
  static void write(Path dir, ImageNetwork network, ImageManifest manifest) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(PARAMETERS),
        out -> network.trainedBlock().saveParameters(new DataOutputStream(out)));
    if (network.backbone() != null) {
      AtomicFiles.write(dir.resolve(BACKBONE), out -> JniUtils.writeModule(network.backbone(), out, false));
    }
    writeJson(dir.resolve(MANIFEST), manifest);
  }

  /** Reads a folder's manifest. */
  static ImageManifest readManifest(Path dir) {
    ImageManifest manifest = readJson(dir.resolve(MANIFEST), ImageManifest.class, dir);
    if (manifest.formatVersion() > ImageManifest.FORMAT_VERSION) {
      throw new WorkbenchException("The image model in '" + dir + "' was saved by a newer version"
          + " of the workbench; update the workbench to open it.");
    }
    return manifest;
  }

  /** Loads DJL parameters saved by {@link #write} into a block of the same structure. */
  static void loadParameters(Path dir, Block block, NDManager manager) {
    Path file = dir.resolve(PARAMETERS);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      block.loadParameters(manager, in);
    } catch (NoSuchFileException e) {
      throw new WorkbenchException("The image model in '" + dir + "' has no " + PARAMETERS + ".", e);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      throw new WorkbenchException("The parameters of the image model in '" + dir
          + "' are damaged or do not match its " + MANIFEST + ".", e);
    }
  }

  static void writeJson(Path file, Object value) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(value);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  static <T> T readJson(Path file, Class<T> type, Path dir) {
    try {
      return JSON.readValue(file.toFile(), type);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new WorkbenchException("The folder '" + dir + "' holds no " + file.getFileName() + ".", e);
    } catch (IOException e) {
      throw new WorkbenchException("The file '" + file + "' is damaged: " + e.getMessage(), e);
    }
  }
}
