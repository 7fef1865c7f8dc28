package org.modelworkbench.ml.tabular;

import ai.djl.nn.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.modelworkbench.ml.training.EpochFolders;
import org.modelworkbench.model.WorkbenchException;

/**
 * The checkpoint folder of a tabular run: one {@code epoch-N} folder per finished epoch (only the
 * latest is kept), each holding the epoch's parameters and manifest, a copy of the best epoch's
 * parameters so far, and {@value #STATE}, written last to mark the checkpoint complete.
 */
final class TabularCheckpoints {
  /** The training state's file name; distinct from an image checkpoint's. */
  static final String STATE = "tabular-state.json";
  /** The best epoch's parameters at checkpoint time. */
  static final String BEST_PARAMETERS = "best.params";

  private TabularCheckpoints() {}

  /** The latest complete checkpoint in the folder, if any. */
  static Optional<Path> latest(Path checkpointDir) {
    return EpochFolders.latest(checkpointDir, STATE);
  }

  /** Reads a checkpoint's training state. */
  static TabularCheckpointState state(Path checkpoint) {
    return ModelFiles.readJson(checkpoint.resolve(STATE), TabularCheckpointState.class);
  }

  /**
   * Writes the checkpoint of a finished epoch, then removes older ones.
   *
   * @param modelDir the model folder whose parameters are the best epoch's (copied when
   *     {@code state.bestEpoch() > 0})
   */
  static void write(Path checkpointDir, Block network, ModelManifest manifest,
      TabularCheckpointState state, Path modelDir) {
    Path dir = EpochFolders.of(checkpointDir, state.epoch());
    try {
      Files.createDirectories(dir);
      ModelFiles.writeParameters(dir, network);
      ModelFiles.writeManifest(dir, manifest);
      if (state.bestEpoch() > 0) {
        Files.copy(modelDir.resolve(ModelFiles.PARAMETERS), dir.resolve(BEST_PARAMETERS),
            StandardCopyOption.REPLACE_EXISTING);
      }
      ModelFiles.writeJson(dir.resolve(STATE), state); // last: marks it complete
      EpochFolders.deleteBefore(checkpointDir, state.epoch());
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoint of epoch " + state.epoch()
          + " could not be saved to '" + dir + "': " + e.getMessage(), e);
    }
  }

  /**
   * Puts the checkpoint's best epoch back into the model folder, so the folder matches the
   * checkpoint even if a later, lost epoch had overwritten it.
   */
  static void restoreBest(Path checkpoint, TabularCheckpointState state, ModelManifest manifest,
      Path modelDir) {
    try {
      Files.createDirectories(modelDir);
      ModelFiles.clear(modelDir);
      if (state.bestEpoch() > 0) {
        Files.copy(checkpoint.resolve(BEST_PARAMETERS), modelDir.resolve(ModelFiles.PARAMETERS),
            StandardCopyOption.REPLACE_EXISTING);
        ModelFiles.writeManifest(modelDir, manifest);
      }
    } catch (IOException e) {
      throw new WorkbenchException("The model folder '" + modelDir
          + "' cannot be restored from the checkpoint: " + e.getMessage(), e);
    }
  }

  /** Removes every checkpoint of the folder, so a new run never continues an older one. */
  static void clear(Path checkpointDir) {
    try {
      EpochFolders.deleteBefore(checkpointDir, Integer.MAX_VALUE);
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoints in '" + checkpointDir
          + "' cannot be removed: " + e.getMessage(), e);
    }
  }
}
