package org.modelworkbench.model;

import java.time.Instant;

/**
 * A stored evaluation of a run's model (or a library model) on a dataset.
 *
 * @param id evaluation id
 * @param runId the run whose model was scored, or null
 * @param modelId the model scored
 * @param datasetId the dataset version scored on
 * @param split which rows: {@code test} for the run's test split, {@code all} for a whole dataset
 * @param metrics the metrics
 * @param createdAt when
 */
public record EvaluationInfo(
    long id, Long runId, Long modelId, long datasetId, String split, Metrics metrics, Instant createdAt) {}
