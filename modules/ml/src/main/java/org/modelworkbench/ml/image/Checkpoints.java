package org.modelworkbench.ml.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.modelworkbench.model.WorkbenchException;

/**
 * The checkpoint folder of a run: one {@code epoch-N} folder per finished epoch (only the latest
 * is kept), each a complete model folder plus {@value ImageFiles#STATE}.
 */
final class Checkpoints {
  private static final String PREFIX = "epoch-";

  private Checkpoints() {}

  /** The latest complete checkpoint, if any. */
  static Optional<Path> latest(Path checkpointDir) {
    if (!Files.isDirectory(checkpointDir)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(checkpointDir)) {
      return entries.filter(p -> epochOf(p) > 0 && Files.isRegularFile(p.resolve(ImageFiles.STATE)))
          .max(Comparator.comparingInt(Checkpoints::epochOf));
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoints in '" + checkpointDir + "' cannot be read: "
          + e.getMessage(), e);
    }
  }

  /** Reads a checkpoint's training state. */
  static CheckpointState state(Path checkpoint) {
    return ImageFiles.readJson(checkpoint.resolve(ImageFiles.STATE), CheckpointState.class, checkpoint);
  }

  /** Writes the checkpoint of a finished epoch, then removes older ones. */
  static void write(Path checkpointDir, ImageNetwork network, CheckpointState state) {
    Path dir = checkpointDir.resolve(PREFIX + state.epoch());
    try {
      ImageFiles.write(dir, network, state.manifest());
      ImageFiles.writeJson(dir.resolve(ImageFiles.STATE), state); // last: marks it complete
      try (Stream<Path> entries = Files.list(checkpointDir)) {
        for (Path old : entries.filter(p -> epochOf(p) > 0 && epochOf(p) < state.epoch()).toList()) {
          deleteFolder(old);
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoint of epoch " + state.epoch() + " could not be saved to '"
          + dir + "': " + e.getMessage(), e);
    }
  }

  private static int epochOf(Path dir) {
    String name = dir.getFileName().toString();
    if (!name.startsWith(PREFIX)) {
      return 0;
    }
    try {
      return Integer.parseInt(name.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void deleteFolder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
