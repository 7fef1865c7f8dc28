package org.modelworkbench.ml.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.modelworkbench.ml.training.EpochFolders;
import org.modelworkbench.model.WorkbenchException;

/**
 * The checkpoint folder of a run: one {@code epoch-N} folder per finished epoch (only the latest
 * is kept), each a complete model folder plus {@value ImageFiles#STATE}.
 */
final class Checkpoints {

  private Checkpoints() {}

  /** The latest complete checkpoint, if any. */
  static Optional<Path> latest(Path checkpointDir) {
    return EpochFolders.latest(checkpointDir, ImageFiles.STATE);
  }

  /** Reads a checkpoint's training state. */
  static CheckpointState state(Path checkpoint) {
    return ImageFiles.readJson(checkpoint.resolve(ImageFiles.STATE), CheckpointState.class, checkpoint);
  }

  /** Writes the checkpoint of a finished epoch, then removes older ones. */
  static void write(Path checkpointDir, ImageNetwork network, CheckpointState state) {
    Path dir = EpochFolders.of(checkpointDir, state.epoch());
    try {
      ImageFiles.write(dir, network, state.manifest());
      ImageFiles.writeJson(dir.resolve(ImageFiles.STATE), state); // last: marks it complete
      EpochFolders.deleteBefore(checkpointDir, state.epoch());
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoint of epoch " + state.epoch() + " could not be saved to '"
          + dir + "': " + e.getMessage(), e);
    }
  }
}
