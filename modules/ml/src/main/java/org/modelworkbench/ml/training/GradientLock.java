package org.modelworkbench.ml.training;

/**
 * DJL's PyTorch engine allows one gradient collector at a time per process, so concurrent
 * training runs (tabular and image) take turns batch by batch on this lock instead of failing.
 */
public final class GradientLock {
  /** Held around every forward-backward-update step. */
  public static final Object LOCK = new Object();

  private GradientLock() {}
}
