package org.modelworkbench.ml.text.finetune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups texts of similar length into the same batch, so batches carry little padding: the
 * epoch's shuffled order is cut into windows of {@value #WINDOW_BATCHES} batches, each window is
 * sorted by length and cut into batches, and the full batches are shuffled (from the seed and the
 * epoch only, so a resumed run sees the same batches). A last, smaller batch stays last, as the
 * epoch loop expects.
 */
final class LengthBucketOrder {
  /** Batches per window sorted together: wide enough to find similar lengths, small enough
   *  that a batch is still a mixed sample of the data. */
  static final int WINDOW_BATCHES = 50;

  private LengthBucketOrder() {}

  /**
   * Rearranges an epoch's shuffle.
   *
   * @param shuffled the rows in random order
   * @param lengths each row's length in tokens
   * @param batchSize rows per batch
   * @param seed the run's seed
   * @param epoch the epoch
   * @return the same rows, batch after batch
   */
  static int[] arrange(int[] shuffled, int[] lengths, int batchSize, long seed, int epoch) {
    int window = batchSize * WINDOW_BATCHES;
    List<int[]> full = new ArrayList<>();
    int[] partial = null;
    for (int w = 0; w < shuffled.length; w += window) {
      Integer[] slice = Arrays.stream(shuffled, w, Math.min(shuffled.length, w + window))
          .boxed().toArray(Integer[]::new);
      Arrays.sort(slice, Comparator.comparingInt(i -> lengths[i])); // stable
      for (int b = 0; b < slice.length; b += batchSize) {
        int[] batch = new int[Math.min(batchSize, slice.length - b)];
        for (int i = 0; i < batch.length; i++) {
          batch[i] = slice[b + i];
        }
        if (batch.length == batchSize) {
          full.add(batch);
        } else {
          partial = batch;
        }
      }
    }
    Collections.shuffle(full, new Random(seed * 0x9E3779B97F4A7C15L + 31L * epoch + 7));
    int[] out = new int[shuffled.length];
    int at = 0;
    for (int[] batch : full) {
      System.arraycopy(batch, 0, out, at, batch.length);
      at += batch.length;
    }
    if (partial != null) {
      System.arraycopy(partial, 0, out, at, partial.length);
    }
    return out;
  }
}
