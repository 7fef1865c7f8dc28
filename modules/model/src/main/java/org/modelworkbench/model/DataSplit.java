package org.modelworkbench.model;

/**
 * Row indexes of the train, validation and test parts of a dataset.
 *
 * @param train training rows
 * @param validation validation rows (early stopping)
 * @param test held-out rows for the final metrics
 * @param seed the seed that made the split
 * @param stratified whether class shares were kept in each part
 */
public record DataSplit(int[] train, int[] validation, int[] test, long seed, boolean stratified) {}
