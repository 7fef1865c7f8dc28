package org.modelworkbench.model;

/**
 * One bin of a numeric histogram: values in {@code [lower, upper)} (the last bin includes upper).
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param count number of values in the bin
 */
public record HistogramBin(double lower, double upper, long count) {}
