package org.modelworkbench.ml.library;

/**
 * The input shape a network accepted and the output shape it gave, both without the batch.
 *
 * @param inputShape for example {@code {1, 8, 8}}
 * @param outputShape for example {@code {10}}
 */
public record ProbeResult(long[] inputShape, long[] outputShape) {}
