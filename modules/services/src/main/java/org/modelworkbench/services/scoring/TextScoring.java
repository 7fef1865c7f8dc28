package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * Scores rows with a text model folder in chunks of {@value #CHUNK} rows, so the joined texts and
 * the classifier's own batches exist for one chunk at a time; only the probabilities of every row
 * are kept. Progress is the share of rows scored and Cancel is checked between the classifier's
 * batches.
 */
final class TextScoring {
  /** Rows turned into texts at a time; the classifier batches further inside a chunk. */
  static final int CHUNK = 2048;

  private TextScoring() {}

  /**
   * Loads the model, checks that the rows have its columns, scores them and frees the model.
   *
   * @param folder a folder for which {@link TextTableModel#isTextModel} is true
   * @param rows the rows to score
   * @param source what the rows are, for messages: a file name or "the dataset 'tickets'"
   * @throws WorkbenchException naming the source and the first column the model reads that it lacks
   */
  static Predictions predict(Path folder, DataTable rows, String source, ProgressListener progress,
      CancellationToken cancel) {
    try (TextTableModel model = TextTableModel.load(folder)) {
      requireColumns(model, rows, source);
      return predict(model, rows, progress, cancel);
    }
  }

  /** The columns a text model reads, text columns first. */
  static List<String> columnsRead(TextTableModel model) {
    List<String> out = new ArrayList<>(model.inputs().textColumns());
    out.addAll(model.inputs().tabularColumns());
    return out;
  }

  private static void requireColumns(TextTableModel model, DataTable rows, String source) {
    List<String> read = columnsRead(model);
    for (String column : read) {
      if (!rows.hasColumn(column)) {
        throw new WorkbenchException(capitalised(source) + " has no column '" + column + "', which the model reads"
            + " (it reads " + String.join(", ", read) + "). Add the column, or rename the one that holds it.");
      }
    }
  }

  static Predictions predict(TextTableModel model, DataTable rows, ProgressListener progress,
      CancellationToken cancel) {
    int n = rows.rowCount();
    List<String> labels = model.labels();
    String[] predicted = new String[n];
    double[][] probabilities = new double[n][];
    if (n == 0) {
      return new Predictions(Task.CLASSIFICATION, labels, predicted, probabilities, null);
    }
    for (int start = 0; start < n; start += CHUNK) {
      int end = Math.min(n, start + CHUNK);
      int[] range = new int[end - start];
      for (int i = 0; i < range.length; i++) {
        range[i] = start + i;
      }
      int from = start;
      // One chunk's rows (references, not copies of the texts) and their joined texts at a time.
      DataTable chunk = range.length == n ? rows : rows.selectRows(range);
      Predictions part = model.predict(chunk, (f, m) -> progress.progress(
          (from + Math.max(0, f) * range.length) / n, "Scored " + (from + Math.round(Math.max(0, f)
              * range.length)) + " of " + n + " texts"), cancel);
      System.arraycopy(part.predictedLabels(), 0, predicted, start, range.length);
      System.arraycopy(part.probabilities(), 0, probabilities, start, range.length);
      cancel.throwIfCancelled();
    }
    return new Predictions(Task.CLASSIFICATION, labels, predicted, probabilities, null);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
