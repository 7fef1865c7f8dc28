package org.modelworkbench.ml.text.tfidf;

import java.util.List;

/**
 * What a fit chose and measured, for the run's record.
 *
 * @param chosenC the regularisation strength of the final model
 * @param candidates the cross-validation score of every C tried (empty when none was searched)
 * @param folds the folds used for the search (0 when none)
 * @param trainingTexts the number of training texts
 * @param wordFeatures word n-gram features kept
 * @param charFeatures character n-gram features kept
 * @param extraFeatures dense extra features appended
 * @param seconds the wall time of the whole fit
 */
public record FitReport(double chosenC, List<CandidateScore> candidates, int folds, int trainingTexts,
    int wordFeatures, int charFeatures, int extraFeatures, double seconds) {
  /** Copies the list. */
  public FitReport {
    candidates = List.copyOf(candidates);
  }
}
