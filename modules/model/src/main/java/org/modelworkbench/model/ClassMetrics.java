package org.modelworkbench.model;

/**
 * Precision, recall and F1 of one class.
 *
 * @param label the class label
 * @param precision true positives over predicted positives (0 when nothing was predicted)
 * @param recall true positives over actual positives
 * @param f1 harmonic mean of precision and recall
 * @param support number of actual rows of the class
 */
public record ClassMetrics(String label, double precision, double recall, double f1, long support) {}
