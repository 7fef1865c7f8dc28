package org.modelworkbench.services.training;

import java.util.List;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.services.scoring.MetricsScorer;

/** Scores a text model on the validation rows (as one epoch of the curve) and on the test rows. */
final class TextScores {
  /** Keeps the log loss finite when a class gets probability 0. */
  private static final double FLOOR = 1e-12;

  private TextScores() {}

  /**
   * The epoch a model that fits in one go records: its validation log loss and accuracy.
   *
   * @param train the rows it was fitted on, for the training loss and the speed
   * @param startedNanos when the fit started
   */
  static EpochMetrics epoch(int epoch, TextTableModel model, DataTable train, DataTable validation, String target,
      long startedNanos) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    double[] trained = lossAndAccuracy(model, train, target);
    double[] validated = lossAndAccuracy(model, validation, target);
    return new EpochMetrics(epoch, trained[0], validated[0], validated[1],
        train.rowCount() / Math.max(1e-3, millis / 1000.0), millis);
  }

  /** The mean log loss and the accuracy on the rows with a target. */
  private static double[] lossAndAccuracy(TextTableModel model, DataTable rows, String target) {
    DataTable known = TargetRows.labelledOnly(rows, target);
    Predictions p = model.predict(known, ProgressListener.NONE, CancellationToken.none());
    String[] actual = known.textColumn(known.columnIndex(target));
    List<String> labels = p.classLabels();
    double loss = 0;
    int right = 0;
    for (int r = 0; r < actual.length; r++) {
      int k = labels.indexOf(actual[r]);
      loss -= Math.log(Math.max(FLOOR, k < 0 ? 0 : p.probabilities()[r][k]));
      right += actual[r].equals(p.predictedLabels()[r]) ? 1 : 0;
    }
    int n = Math.max(1, actual.length);
    return new double[] {loss / n, (double) right / n};
  }

  /** The test metrics of the model on the rows with a target. */
  static Metrics test(TextTableModel model, DataTable test, String target, CancellationToken cancel) {
    DataTable known = TargetRows.labelledOnly(test, target);
    return MetricsScorer.score(model.predict(known, ProgressListener.NONE, cancel), known, target);
  }
}
