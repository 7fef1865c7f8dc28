package org.modelworkbench.model;

/**
 * The ROC curve of a binary classifier: for each score threshold, the share of negatives wrongly
 * flagged (false-positive rate) against the share of positives found (true-positive rate).
 *
 * @param positiveLabel the class treated as positive
 * @param falsePositiveRate x coordinates, from 0 to 1, non-decreasing
 * @param truePositiveRate y coordinates, from 0 to 1, non-decreasing
 * @param auc the area under the curve
 */
public record RocCurve(String positiveLabel, double[] falsePositiveRate, double[] truePositiveRate, double auc) {}
