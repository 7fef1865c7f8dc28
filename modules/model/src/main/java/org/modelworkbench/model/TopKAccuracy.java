package org.modelworkbench.model;

/**
 * Share of rows whose true class is among the model's k most likely classes.
 *
 * @param k how many of the top classes count
 * @param accuracy the share, between 0 and 1
 */
public record TopKAccuracy(int k, double accuracy) {}
