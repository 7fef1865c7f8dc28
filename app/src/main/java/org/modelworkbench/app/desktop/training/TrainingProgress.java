package org.modelworkbench.app.desktop.training;

import org.modelworkbench.app.desktop.common.Formats;

/** Progress arithmetic of a run: the share done, and the time left at the current pace. */
public final class TrainingProgress {
  private TrainingProgress() {}

  /**
   * The share of the work done.
   *
   * @param epoch the 1-based epoch running
   * @param batch batches done in it
   * @param batchCount batches per epoch
   * @param maxEpochs the most epochs the run may take
   */
  public static double fraction(int epoch, int batch, int batchCount, int maxEpochs) {
    if (maxEpochs <= 0) {
      return 0;
    }
    double withinEpoch = batchCount <= 0 ? 0 : Math.min(1.0, (double) batch / batchCount);
    return Math.max(0, Math.min(1.0, (epoch - 1 + withinEpoch) / maxEpochs));
  }

  /** The time left at the pace so far, or -1 while it cannot be told yet. */
  public static long millisLeft(long elapsedMillis, double fraction) {
    if (fraction < 0.01 || elapsedMillis <= 0) {
      return -1;
    }
    return Math.round(elapsedMillis * (1 - fraction) / fraction);
  }

  /** "about 2 min 5 s left (at most)", or "estimating the time left…". */
  public static String timeLeftText(long millisLeft) {
    if (millisLeft < 0) {
      return "Estimating the time left…";
    }
    return "At most about " + Formats.duration(millisLeft) + " left";
  }

  /** "12,345 rows/s". */
  public static String speedText(double rowsPerSecond) {
    return rowsPerSecond > 0 ? Formats.count(Math.round(rowsPerSecond)) + " rows/s" : "";
  }
}
