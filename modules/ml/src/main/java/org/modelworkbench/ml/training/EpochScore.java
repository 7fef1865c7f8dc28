package org.modelworkbench.ml.training;

/**
 * A model's score on the validation split after an epoch.
 *
 * @param loss mean loss per row, in the training loss's units (it drives early stopping)
 * @param metric the headline metric shown with it: accuracy, or RMSE for regression
 */
public record EpochScore(double loss, double metric) {}
