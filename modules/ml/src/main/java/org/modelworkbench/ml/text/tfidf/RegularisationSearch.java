package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Picks the regularisation strength C by stratified cross-validation on the training texts: the
 * best held-out accuracy wins, ties go to the lower log loss. Only the held-out figures are kept
 * from each fit, never its weights.
 *
 * <p>C values are tried from the smallest up, and the search stops after the first one that
 * improves neither the best accuracy nor the best log loss so far: larger C values take the solver
 * longest (on 6,400 noisy tickets, C = 16 took five times as long as C = 1), and past that point
 * they are not needed. All fits of one C (folds times one-vs-rest classes) run in parallel; the
 * result never depends on their timing.
 */
final class RegularisationSearch {
  /** Probabilities are clipped here for the log loss, as scikit-learn does, so one sure mistake stays finite. */
  private static final double EPSILON = 1e-15;

  private RegularisationSearch() {}

  /** The choice and its evidence. */
  record Result(double chosenC, List<CandidateScore> candidates, int folds) {}

  static Result search(LinearTrainer trainer, List<SparseVector> vectors, int[] classes, int classCount,
      TfidfClassifierOptions options, ParallelFits pool, ProgressListener progress, CancellationToken cancel) {
    List<Double> grid = options.regularisationGrid().stream().sorted().distinct().toList();
    int folds = Math.min(options.folds(), StratifiedFolds.smallestClass(classes, classCount));
    if (grid.size() == 1 || folds < 2) {
      // Nothing to compare, or a class too rare to appear in every fold: the middle of the grid.
      return new Result(grid.get(grid.size() / 2), List.of(), 0);
    }
    int[] foldOf = StratifiedFolds.assign(classes, classCount, folds, options.seed());
    int[][] trainRows = new int[folds][];
    int[][] heldOut = new int[folds][];
    split(foldOf, folds, trainRows, heldOut);
    List<CandidateScore> scores = new ArrayList<>(grid.size());
    CandidateScore best = null;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int g = 0; g < grid.size(); g++) {
      double c = grid.get(g);
      cancel.throwIfCancelled();
      progress.progress((double) g / grid.size(), String.format(Locale.ROOT,
          "Cross-validating C = %s (%d of at most %d)", c, g + 1, grid.size()));
      List<Callable<LinearTrainer.Column>> fits = new ArrayList<>();
      int[] firstFit = new int[folds + 1];
      for (int f = 0; f < folds; f++) {
        firstFit[f] = fits.size();
        for (Callable<LinearTrainer.Column> fit : trainer.columnFits(trainRows[f], c, options.weighting(),
            options.seed() + 1000L * f, LinearTrainer.SEARCH_TOLERANCE)) {
          fits.add(() -> {
            cancel.throwIfCancelled();
            return fit.call();
          });
        }
      }
      firstFit[folds] = fits.size();
      List<LinearTrainer.Column> columns = pool.runAll(fits);
      int right = 0;
      double loss = 0;
      for (int f = 0; f < folds; f++) { // in fold order, so the sums never depend on timing
        LinearModel model = trainer.assemble(columns.subList(firstFit[f], firstFit[f + 1]));
        for (int i : heldOut[f]) {
          double[] p = model.probabilities(vectors.get(i));
          right += argMax(p) == classes[i] ? 1 : 0;
          loss -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, p[classes[i]])));
        }
      }
      CandidateScore score = new CandidateScore(c, (double) right / classes.length, loss / classes.length);
      scores.add(score);
      boolean betterAccuracy = best == null || score.accuracy() > best.accuracy();
      boolean betterLoss = score.logLoss() < bestLoss;
      if (betterAccuracy || (score.accuracy() == best.accuracy() && score.logLoss() < best.logLoss())) {
        best = score;
      }
      bestLoss = Math.min(bestLoss, score.logLoss());
      if (!betterAccuracy && !betterLoss) {
        break; // past the peak: larger C values only cost more
      }
    }
    progress.progress(1, String.format(Locale.ROOT, "Chose C = %s (cross-validated accuracy %.3f)", best.c(),
        best.accuracy()));
    return new Result(best.c(), scores, folds);
  }

  private static void split(int[] foldOf, int folds, int[][] trainRows, int[][] heldOut) {
    for (int f = 0; f < folds; f++) {
      int inFold = 0;
      for (int x : foldOf) {
        inFold += x == f ? 1 : 0;
      }
      trainRows[f] = new int[foldOf.length - inFold];
      heldOut[f] = new int[inFold];
      int t = 0;
      int h = 0;
      for (int i = 0; i < foldOf.length; i++) {
        if (foldOf[i] == f) {
          heldOut[f][h++] = i;
        } else {
          trainRows[f][t++] = i;
        }
      }
    }
  }

  /** The index of the largest value; the first of equal ones. */
  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
