package org.modelworkbench.model;

/**
 * One point of a training curve.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch
 * @param validationLoss loss on the validation split
 * @param validationMetric accuracy (classification) or RMSE (regression) on the validation split
 * @param rowsPerSecond training throughput of the epoch
 * @param elapsedMillis time since the run started
 */
public record EpochMetrics(
    int epoch,
    double trainLoss,
    double validationLoss,
    double validationMetric,
    double rowsPerSecond,
    long elapsedMillis) {}
