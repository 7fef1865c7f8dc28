package org.modelworkbench.model;

/**
 * Receives progress of long work. Called from the worker thread; a UI must hop to its own thread.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = (fraction, message) -> {};

  /**
   * Reports progress.
   *
   * @param fraction done so far between 0 and 1, or a negative number when unknown
   * @param message what is happening, in plain words
   */
  void progress(double fraction, String message);
}
