package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Picks the regularisation strength C by stratified cross-validation on the training texts: the
 * best held-out accuracy wins, ties go to the lower log loss, then to the smaller C. Only the
 * labels of the held-out part are kept from each fit, never its weights.
 */
final class RegularisationSearch {
  /** Probabilities are clipped here for the log loss, as scikit-learn does, so one sure mistake stays finite. */
  private static final double EPSILON = 1e-15;

  private RegularisationSearch() {}

  /** The choice and its evidence. */
  record Result(double chosenC, List<CandidateScore> candidates, int folds) {}

  static Result search(LinearTrainer trainer, List<SparseVector> vectors, int[] classes, int classCount,
      TfidfClassifierOptions options, ProgressListener progress, CancellationToken cancel) {
    List<Double> grid = options.regularisationGrid().stream().sorted().distinct().toList();
    int folds = Math.min(options.folds(), StratifiedFolds.smallestClass(classes, classCount));
    if (grid.size() == 1 || folds < 2) {
      // Nothing to compare, or a class too rare to appear in every fold: the middle of the grid.
      return new Result(grid.get(grid.size() / 2), List.of(), 0);
    }
    int[] foldOf = StratifiedFolds.assign(classes, classCount, folds, options.seed());
    int[][] trainRows = new int[folds][];
    int[][] heldOut = new int[folds][];
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
    List<CandidateScore> scores = new ArrayList<>(grid.size());
    int fits = grid.size() * folds;
    int done = 0;
    for (double c : grid) {
      int right = 0;
      double loss = 0;
      for (int f = 0; f < folds; f++) {
        cancel.throwIfCancelled();
        progress.progress((double) done / fits,
            String.format(Locale.ROOT, "Trying C = %s, fold %d of %d", c, f + 1, folds));
        LinearModel model = trainer.train(trainRows[f], c, options.weighting(), options.seed() + f);
        for (int i : heldOut[f]) {
          double[] p = model.probabilities(vectors.get(i));
          right += argMax(p) == classes[i] ? 1 : 0;
          loss -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, p[classes[i]])));
        }
        done++;
      }
      scores.add(new CandidateScore(c, (double) right / classes.length, loss / classes.length));
    }
    CandidateScore best = scores.get(0);
    for (CandidateScore s : scores) {
      if (s.accuracy() > best.accuracy() || (s.accuracy() == best.accuracy() && s.logLoss() < best.logLoss())) {
        best = s;
      }
    }
    progress.progress(1, String.format(Locale.ROOT, "Chose C = %s (cross-validated accuracy %.3f)",
        best.c(), best.accuracy()));
    return new Result(best.c(), scores, folds);
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
