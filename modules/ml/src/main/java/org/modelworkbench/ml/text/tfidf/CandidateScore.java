package org.modelworkbench.ml.text.tfidf;

/**
 * How one regularisation strength did in cross-validation on the training texts.
 *
 * @param c the inverse regularisation strength
 * @param accuracy the share of held-out training texts classified right
 * @param logLoss the mean negative log probability of their true class
 */
public record CandidateScore(double c, double accuracy, double logLoss) {}
