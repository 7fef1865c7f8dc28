package org.modelworkbench.ml.image;

import ai.djl.training.tracker.Tracker;

/** A learning rate that training can lower between epochs (after unfreezing a backbone). */
final class LearningRate implements Tracker {
  private volatile float value;

  LearningRate(float value) {
    this.value = value;
  }

  void set(float newValue) {
    value = newValue;
  }

  @Override
  public float getNewValue(int numUpdate) {
    return value;
  }
}
