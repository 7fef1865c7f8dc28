package org.modelworkbench.ml.training;

import java.util.Random;

/**
 * The order in which an epoch visits the training rows: a permutation drawn afresh for every epoch
 * from the run's seed and the epoch number alone. Because no epoch's order depends on an earlier
 * one, a run resumed at epoch k sees exactly the orders of epochs k, k+1, ... of an uninterrupted
 * run, without replaying the shuffles before it.
 */
public final class EpochOrder {
  private EpochOrder() {}

  /**
   * The rows' order in an epoch.
   *
   * @param rows number of training rows
   * @param runSeed the run's seed
   * @param epoch 1-based epoch number
   * @return a permutation of {@code 0..rows-1}
   */
  public static int[] of(int rows, long runSeed, int epoch) {
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    Random random = new Random(epochSeed(runSeed, epoch));
    for (int i = rows - 1; i > 0; i--) { // Fisher-Yates
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /**
   * The seed of one epoch's shuffle. Mixed (SplitMix64's finaliser) rather than {@code seed +
   * epoch}: with a plain sum, run seed 1 at epoch 2 would shuffle exactly like run seed 2 at epoch
   * 1, so runs with neighbouring seeds (a seed sweep) would share most of their batch orders.
   */
  static long epochSeed(long runSeed, int epoch) {
    long z = runSeed * 0x9E3779B97F4A7C15L + epoch;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
