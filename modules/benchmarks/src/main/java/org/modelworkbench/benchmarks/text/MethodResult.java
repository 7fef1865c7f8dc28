package org.modelworkbench.benchmarks.text;

/**
 * One row of the fine-tuning benchmark's table: a way to train, scored on the held-out test file.
 *
 * @param method what was trained
 * @param scores test accuracy and macro F1 from {@code predict}'s output (fit and predict seconds
 *     are the wall times of the {@code train} and {@code predict} calls)
 * @param trainRssMb peak resident memory of the {@code train} call
 * @param scoreRssMb peak resident memory of the {@code predict} call
 * @param evaluateAccuracy the accuracy {@code evaluate --dataset test} reported (a cross-check)
 * @param evaluateRssMb peak resident memory of the {@code evaluate} call
 * @param internalTestAccuracy the accuracy on the run's own test split, as {@code train} reported
 * @param command the {@code train} command
 */
record MethodResult(String method, TestScores scores, double trainRssMb, double scoreRssMb, double evaluateAccuracy,
    double evaluateRssMb, double internalTestAccuracy, String command) {}
