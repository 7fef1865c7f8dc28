package org.modelworkbench.app.desktop.training;

/**
 * One optimiser step on the live curve of a run that reports steps (text fine-tuning).
 *
 * @param epochs where the step falls, in epochs (step 50 of 100 per epoch is 0.5), so it shares
 *     the epoch curve's axis
 * @param trainLoss the step's training loss
 */
public record StepPoint(double epochs, double trainLoss) {}
