package org.modelworkbench.data.csv;

import org.modelworkbench.model.ProgressListener;

/**
 * Reports reading progress of one pass as a slice of the whole import, at most once per percent
 * so a window's progress bar is not flooded.
 */
final class ImportProgress {
  private static final double STEP = 0.01;

  private final ProgressListener listener;
  private final String message;
  private final long totalBytes;
  private final double from;
  private final double to;
  private double lastReported = -1;

  /**
   * Creates the reporter of one pass.
   *
   * @param listener where progress goes
   * @param message the message shown with it
   * @param totalBytes the file size
   * @param from the overall fraction at the start of the pass
   * @param to the overall fraction at its end
   */
  ImportProgress(ProgressListener listener, String message, long totalBytes, double from, double to) {
    this.listener = listener;
    this.message = message;
    this.totalBytes = Math.max(1, totalBytes);
    this.from = from;
    this.to = to;
  }

  /** Tells how many bytes of the file this pass has read. */
  void bytesRead(long bytes) {
    double share = Math.min(1.0, (double) bytes / totalBytes);
    double fraction = from + (to - from) * share;
    boolean first = lastReported < 0;
    boolean nextStep = fraction - lastReported >= STEP * (to - from);
    boolean done = share >= 1.0 && fraction > lastReported;
    if (first || nextStep || done) {
      lastReported = fraction;
      listener.progress(fraction, message);
    }
  }
}
