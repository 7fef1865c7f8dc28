package org.modelworkbench.model;

import java.time.Instant;

/**
 * A model in the project's library.
 *
 * @param id database id
 * @param name unique name
 * @param kind the network kind, for example {@code mlp}
 * @param engine the engine that runs it, for example {@code PyTorch}
 * @param path folder of its files, relative to the project's artifact folder
 * @param task classification or regression
 * @param baseModelId the model it was fine-tuned from, or null
 * @param runId the run that made it, or null for an imported model
 * @param datasetId the dataset version it was trained on, or null
 * @param createdAt when it was made
 */
public record ModelInfo(
    long id,
    String name,
    String kind,
    String engine,
    String path,
    Task task,
    Long baseModelId,
    Long runId,
    Long datasetId,
    Instant createdAt) {}
