package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import org.modelworkbench.ml.metrics.RocCurveCalculator;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.RocCurve;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Scores a run's model on its test split or on another dataset with the same columns, and stores
 * every evaluation.
 */
public final class EvaluationService {
  private final ProjectDatabase database;
  private final CatalogService catalog;

  public EvaluationService(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
  }

  /**
   * Evaluates a run's model.
   *
   * @param runId the run
   * @param dataset another dataset version to score on, or null for the run's own test split
   * @return the stored evaluation
   */
  public EvaluationInfo evaluateRun(long runId, DatasetInfo dataset) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    DataTable rows;
    long datasetId;
    String split;
    if (dataset == null) {
      DataSplit dataSplit = database.runs().split(runId);
      rows = database.datasets().rows(run.datasetId()).selectRows(dataSplit.test());
      datasetId = run.datasetId();
      split = "test";
    } else {
      if (dataset.column(run.target()).isEmpty()) {
        throw new WorkbenchException("The dataset '" + dataset.name() + "' has no target column '"
            + run.target() + "' to compare the predictions with.");
      }
      rows = database.datasets().rows(dataset.id());
      datasetId = dataset.id();
      split = "all";
    }
    Metrics metrics;
    if (!rows.hasColumn(run.target())) {
      throw new WorkbenchException("The data has no target column '" + run.target() + "' to compare with.");
    }
    DataTable known = TargetRows.labelledOnly(rows, run.target());
    if (known.rowCount() == 0) {
      throw new WorkbenchException("No row has a value in the target column '" + run.target() + "'.");
    }
    metrics = MetricsScorer.score(ModelPredictions.predict(database, model, known, run.target()), known,
        run.target());
    return database.evaluations().insert(runId, model.id(), datasetId, split, metrics);
  }

  /**
   * The test-split rows of a run whose actual class is {@code actual} and predicted class is
   * {@code predicted}: the rows behind one confusion-matrix cell.
   */
  public DataTable testRowsInCell(long runId, String actual, String predicted) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    DataTable test = database.datasets().rows(run.datasetId()).selectRows(database.runs().split(runId).test());
    DataTable labelled = TargetRows.labelledOnly(test, run.target());
    String[] actualLabels = labelled.textColumn(labelled.columnIndex(run.target()));
    String[] predictedLabels =
        ModelPredictions.predict(database, model, labelled, run.target()).predictedLabels();
    if (predictedLabels == null) {
      throw new WorkbenchException("Run " + runId + " predicts numbers; it has no confusion matrix.");
    }
    int[] keep = new int[labelled.rowCount()];
    int n = 0;
    for (int r = 0; r < labelled.rowCount(); r++) {
      if (actual.equals(actualLabels[r]) && predicted.equals(predictedLabels[r])) {
        keep[n++] = r;
      }
    }
    return labelled.selectRows(java.util.Arrays.copyOf(keep, n));
  }

  /**
   * The misclassified test rows of a classification run: the image file (or row number), the
   * actual class, the predicted class and the predicted class's probability.
   *
   * @return a table with columns {@code file}, {@code actual}, {@code predicted} and
   *     {@code probability}
   * @throws WorkbenchException when the run predicts numbers
   */
  public DataTable misclassifiedTestRows(long runId) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    DataTable test = database.datasets().rows(run.datasetId()).selectRows(database.runs().split(runId).test());
    DataTable labelled = TargetRows.labelledOnly(test, run.target());
    Predictions predictions = ModelPredictions.predict(database, model, labelled, run.target());
    if (predictions.task() != Task.CLASSIFICATION) {
      throw new WorkbenchException("Run " + runId + " predicts numbers; it has no misclassified rows.");
    }
    String[] actual = labelled.textColumn(labelled.columnIndex(run.target()));
    String[] files = labelled.hasColumn("file") ? labelled.textColumn(labelled.columnIndex("file")) : null;
    java.util.List<Object[]> out = new java.util.ArrayList<>();
    for (int r = 0; r < actual.length; r++) {
      String predicted = predictions.predictedLabels()[r];
      if (!predicted.equals(actual[r])) {
        int column = predictions.classLabels().indexOf(predicted);
        out.add(new Object[] {files == null ? Integer.toString(r + 1) : files[r], actual[r], predicted,
            predictions.probabilities()[r][column]});
      }
    }
    Object[][] columns = new Object[4][out.size()];
    for (int i = 0; i < out.size(); i++) {
      for (int c = 0; c < 4; c++) {
        columns[c][i] = out.get(i)[c];
      }
    }
    return new DataTable(java.util.List.of(
        new org.modelworkbench.model.ColumnSchema("file", org.modelworkbench.model.ColumnType.CATEGORICAL),
        new org.modelworkbench.model.ColumnSchema("actual", org.modelworkbench.model.ColumnType.CATEGORICAL),
        new org.modelworkbench.model.ColumnSchema("predicted", org.modelworkbench.model.ColumnType.CATEGORICAL),
        new org.modelworkbench.model.ColumnSchema("probability", org.modelworkbench.model.ColumnType.DECIMAL)),
        columns);
  }

  /**
   * Writes {@link #misclassifiedTestRows(long)} to a CSV file (RFC 4180, UTF-8, header file,
   * actual, predicted, probability); the file appears whole or not at all.
   *
   * @return how many rows were written
   */
  public int writeMisclassified(long runId, Path csv) {
    DataTable rows = misclassifiedTestRows(runId);
    MisclassifiedCsv.write(csv, rows);
    return rows.rowCount();
  }

  /**
   * The ROC curve of a binary classifier on its run's test split, with the second class (in label
   * order) as the positive one.
   *
   * @throws WorkbenchException when the run is not a two-class classifier
   */
  public RocCurve rocCurve(long runId) {
    RunInfo run = catalog.run(runId);
    ModelInfo model = catalog.modelOfRun(run);
    DataTable test = database.datasets().rows(run.datasetId()).selectRows(database.runs().split(runId).test());
    DataTable labelled = TargetRows.labelledOnly(test, run.target());
    Predictions predictions = ModelPredictions.predict(database, model, labelled, run.target());
    if (predictions.task() != Task.CLASSIFICATION || predictions.classLabels().size() != 2) {
      throw new WorkbenchException("Run " + runId + " is not a two-class classifier, so it has no ROC curve.");
    }
    String positiveLabel = predictions.classLabels().get(1);
    String[] actual = labelled.textColumn(labelled.columnIndex(run.target()));
    double[] scores = new double[actual.length];
    boolean[] positive = new boolean[actual.length];
    for (int r = 0; r < actual.length; r++) {
      scores[r] = predictions.probabilities()[r][1];
      positive[r] = positiveLabel.equals(actual[r]);
    }
    try {
      return RocCurveCalculator.compute(positiveLabel, scores, positive);
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("The test split of run " + runId + " holds only one class, so it has no ROC curve.");
    }
  }
}
