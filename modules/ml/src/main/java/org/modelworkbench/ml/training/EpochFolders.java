package org.modelworkbench.ml.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.modelworkbench.model.WorkbenchException;

/**
 * The checkpoint folders of a run, one per finished epoch ({@code epoch-<n>}), shared by every
 * training route: naming them, finding the latest complete one, and removing older ones.
 */
public final class EpochFolders {
  private static final String PREFIX = "epoch-";

  private EpochFolders() {}

  /** The folder of an epoch's checkpoint. */
  public static Path of(Path checkpointDir, int epoch) {
    return checkpointDir.resolve(PREFIX + epoch);
  }

  /**
   * The latest checkpoint folder holding the given file (written last, so it marks the checkpoint
   * complete), if any.
   *
   * @param checkpointDir the run's checkpoint folder; may be null or missing
   * @param completeMarker the file name a complete checkpoint holds
   */
  public static Optional<Path> latest(Path checkpointDir, String completeMarker) {
    if (checkpointDir == null || !Files.isDirectory(checkpointDir)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(checkpointDir)) {
      return entries.filter(p -> epochOf(p) > 0 && Files.isRegularFile(p.resolve(completeMarker)))
          .max(Comparator.comparingInt(EpochFolders::epochOf));
    } catch (IOException e) {
      throw new WorkbenchException("The checkpoints in '" + checkpointDir + "' cannot be read: "
          + e.getMessage(), e);
    }
  }

  /**
   * Deletes the checkpoint folders of the epochs before the given one.
   *
   * @param checkpointDir the run's checkpoint folder; nothing happens when it is missing
   * @param epoch the first epoch to keep ({@link Integer#MAX_VALUE} deletes them all)
   */
  public static void deleteBefore(Path checkpointDir, int epoch) throws IOException {
    delete(checkpointDir, e -> e < epoch);
  }

  /**
   * Deletes the checkpoint folders of every epoch but the given ones.
   *
   * @param checkpointDir the run's checkpoint folder; nothing happens when it is missing
   * @param keep the epochs whose folders stay
   */
  public static void retainOnly(Path checkpointDir, Set<Integer> keep) throws IOException {
    delete(checkpointDir, e -> !keep.contains(e));
  }

  private static void delete(Path checkpointDir, IntPredicate epochs) throws IOException {
    if (!Files.isDirectory(checkpointDir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(checkpointDir)) {
      for (Path old : entries.filter(p -> epochOf(p) > 0 && epochs.test(epochOf(p))).toList()) {
        try (Stream<Path> files = Files.walk(old)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
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
}
