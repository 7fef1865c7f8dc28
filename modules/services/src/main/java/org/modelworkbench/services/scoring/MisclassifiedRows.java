package org.modelworkbench.services.scoring;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The test rows a classification run got wrong, as a small table for a CSV file or a report: what
 * identifies the row (its image file, else its row number), the texts of a text dataset so the
 * reader sees what was misread, then the actual class, the predicted class and its probability.
 */
final class MisclassifiedRows {
  private MisclassifiedRows() {}

  static DataTable of(ProjectDatabase database, CatalogService catalog, long runId) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    int[] test = database.runs().split(runId).test();
    DataTable rows = database.datasets().rows(run.datasetId()).selectRows(test);
    int[] labelledPositions = TargetRows.labelled(rows, run.target());
    DataTable labelled = labelledPositions.length == rows.rowCount() ? rows : rows.selectRows(labelledPositions);
    int[] rowNumbers = TargetRows.mapBack(labelledPositions, test);
    Predictions predictions = ModelPredictions.predict(database, model, labelled, run.target(),
        "the test split of run " + runId, org.modelworkbench.model.ProgressListener.NONE,
        org.modelworkbench.model.CancellationToken.none());
    if (predictions.task() != Task.CLASSIFICATION) {
      throw new WorkbenchException("Run " + runId + " predicts numbers; it has no misclassified rows.");
    }
    List<String> texts = ScoredRows.textColumns(labelled);
    boolean files = labelled.hasColumn("file");
    String[] actual = labelled.textColumn(labelled.columnIndex(run.target()));
    List<Integer> wrong = new ArrayList<>();
    double[] confidence = new double[actual.length];
    for (int r = 0; r < actual.length; r++) {
      String predicted = predictions.predictedLabels()[r];
      confidence[r] = predictions.probabilities()[r][predictions.classLabels().indexOf(predicted)];
      if (!predicted.equals(actual[r])) {
        wrong.add(r);
      }
    }
    // The most confident mistakes first: they say most about what the model misreads.
    wrong.sort((a, b) -> Double.compare(confidence[b], confidence[a]));

    List<ColumnSchema> schema = new ArrayList<>();
    schema.add(new ColumnSchema(files || texts.isEmpty() ? "file" : "row", ColumnType.CATEGORICAL));
    texts.forEach(name -> schema.add(new ColumnSchema(name, ColumnType.TEXT)));
    // A text column may itself be called "actual" or "row": the added columns then get a suffix.
    java.util.Set<String> taken = new java.util.HashSet<>();
    schema.forEach(column -> taken.add(column.name()));
    schema.add(new ColumnSchema(unique("actual", taken), ColumnType.CATEGORICAL));
    schema.add(new ColumnSchema(unique("predicted", taken), ColumnType.CATEGORICAL));
    schema.add(new ColumnSchema(unique("probability", taken), ColumnType.DECIMAL));
    int[] textIndexes = texts.stream().mapToInt(labelled::columnIndex).toArray();
    int fileIndex = files ? labelled.columnIndex("file") : -1;
    Object[][] columns = new Object[schema.size()][wrong.size()];
    for (int i = 0; i < wrong.size(); i++) {
      int r = wrong.get(i);
      int c = 0;
      columns[c++][i] = files ? labelled.value(r, fileIndex) : Integer.toString(rowNumbers[r] + 1);
      for (int t : textIndexes) {
        columns[c++][i] = labelled.value(r, t);
      }
      columns[c++][i] = actual[r];
      columns[c++][i] = predictions.predictedLabels()[r];
      columns[c][i] = confidence[r];
    }
    return new DataTable(schema, columns);
  }

  private static String unique(String name, java.util.Set<String> taken) {
    String candidate = name;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = name + "_" + i;
    }
    taken.add(candidate);
    return candidate;
  }
}
