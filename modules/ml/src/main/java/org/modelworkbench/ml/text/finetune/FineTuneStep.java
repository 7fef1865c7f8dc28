package org.modelworkbench.ml.text.finetune;

/**
 * One finished optimiser step, for live curves and time left.
 *
 * @param step 1-based step of the whole run (it continues, not restarts, after a resume)
 * @param totalSteps steps of the whole run if it does not stop early
 * @param epoch 1-based epoch
 * @param trainLoss the step's mean training loss
 * @param learningRate the encoder's learning rate at this step
 * @param textsPerSecond training throughput since this call started (or resumed)
 * @param secondsLeft estimated training time left, validation passes not counted
 */
public record FineTuneStep(int step, int totalSteps, int epoch, double trainLoss,
    double learningRate, double textsPerSecond, double secondsLeft) {}
