package org.modelworkbench.ml.text;

/**
 * The padded lengths batches are rounded up to. A few fixed lengths, about 1.5 times apart, keep
 * padding waste under a half while the engine sees few distinct shapes (with PyTorch's graph
 * optimiser on, every new shape costs a re-optimisation; see STACK.md).
 */
public final class LengthBuckets {
  private static final int[] BUCKETS = {8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512};

  private LengthBuckets() {}

  /**
   * The padded length for a batch.
   *
   * @param longest the batch's longest text in tokens
   * @param maxLength the most tokens a text may have
   * @return the smallest bucket at least {@code longest}, but not above {@code maxLength}
   */
  public static int bucket(int longest, int maxLength) {
    for (int b : BUCKETS) {
      if (b >= longest) {
        return Math.max(longest, Math.min(b, maxLength));
      }
    }
    return Math.max(longest, maxLength);
  }
}
