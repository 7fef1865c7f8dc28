package org.modelworkbench.ml.text.finetune;

/**
 * The learning-rate schedule of BERT fine-tuning: a linear rise over the warm-up steps, then a
 * linear fall to zero at the last step (Hugging Face's {@code get_linear_schedule_with_warmup}).
 * It depends only on the step number, so a resumed run continues it exactly.
 *
 * @param totalSteps optimiser steps of the whole run
 * @param warmupSteps steps of the rise
 */
record LinearWarmup(int totalSteps, int warmupSteps) {
  /**
   * The schedule for a run.
   *
   * @param totalSteps optimiser steps of the whole run
   * @param warmupShare the share of them spent warming up
   * @return the schedule
   */
  static LinearWarmup of(int totalSteps, double warmupShare) {
    return new LinearWarmup(totalSteps, (int) Math.ceil(Math.max(0, warmupShare) * totalSteps));
  }

  /**
   * The factor on the peak learning rate at a step.
   *
   * @param step 0-based optimiser step
   * @return between 0 and 1
   */
  float factor(int step) {
    if (step < warmupSteps) {
      // (step + 1): the first step already learns (Hugging Face's first step has rate 0).
      return (step + 1) / (float) (warmupSteps + 1);
    }
    int left = totalSteps - step;
    int decay = Math.max(1, totalSteps - warmupSteps);
    return Math.max(0f, Math.min(1f, left / (float) decay));
  }
}
