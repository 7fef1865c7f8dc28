package org.modelworkbench.ml.text.tfidf;

import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.WorkbenchException;

/**
 * Settings of a {@link TfidfTextClassifier} fit.
 *
 * @param features how texts become features
 * @param regularisationGrid the inverse regularisation strengths C tried (larger fits the training
 *     texts more closely); with one value no search is made
 * @param folds stratified cross-validation folds of the training texts that pick C (fewer when
 *     the rarest class has fewer examples; no search below 2)
 * @param weighting how classes weigh in the loss
 * @param seed the seed of the folds and of the solver, so a fit repeats exactly
 * @param predictionBatchSize texts featurised at once when predicting, which bounds memory
 */
public record TfidfClassifierOptions(TfidfOptions features, List<Double> regularisationGrid, int folds,
    ClassWeighting weighting, long seed, int predictionBatchSize) {

  /**
   * The C values tried by default, from the smallest up until one scores below the best (see
   * {@link RegularisationSearch}). The best C seen here ranged from 0.25 (4,000 noisy reviews, two
   * classes) to 64 (4,100 package descriptions, ten classes); scikit-learn's default is 1.
   */
  public static final List<Double> DEFAULT_GRID = List.of(0.25, 1.0, 4.0, 16.0, 64.0);

  /**
   * Checks the settings.
   *
   * @throws WorkbenchException when the grid is empty or holds a value that is not positive, or
   *     a count is below 1
   */
  public TfidfClassifierOptions {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(weighting, "weighting");
    regularisationGrid = List.copyOf(regularisationGrid);
    if (regularisationGrid.isEmpty()) {
      throw new WorkbenchException("Give at least one regularisation strength C to try.");
    }
    for (double c : regularisationGrid) {
      if (!(c > 0) || Double.isInfinite(c)) {
        throw new WorkbenchException("A regularisation strength C must be a positive number: got " + c + ".");
      }
    }
    if (folds < 1 || predictionBatchSize < 1) {
      throw new WorkbenchException("Folds and the prediction batch size must be 1 or more.");
    }
  }

  /** The defaults: {@link TfidfOptions#defaults()}, {@link #DEFAULT_GRID}, 3 folds, no class weights, seed 42, batches of 1,000. */
  public static TfidfClassifierOptions defaults() {
    return new TfidfClassifierOptions(TfidfOptions.defaults(), DEFAULT_GRID, 3, ClassWeighting.NONE, 42, 1_000);
  }

  /** These settings with other feature settings. */
  public TfidfClassifierOptions withFeatures(TfidfOptions other) {
    return new TfidfClassifierOptions(other, regularisationGrid, folds, weighting, seed, predictionBatchSize);
  }

  /** These settings with another C grid. */
  public TfidfClassifierOptions withRegularisationGrid(List<Double> grid) {
    return new TfidfClassifierOptions(features, grid, folds, weighting, seed, predictionBatchSize);
  }

  /** These settings with another class weighting. */
  public TfidfClassifierOptions withWeighting(ClassWeighting other) {
    return new TfidfClassifierOptions(features, regularisationGrid, folds, other, seed, predictionBatchSize);
  }

  /** These settings with another seed. */
  public TfidfClassifierOptions withSeed(long other) {
    return new TfidfClassifierOptions(features, regularisationGrid, folds, weighting, other, predictionBatchSize);
  }
}
