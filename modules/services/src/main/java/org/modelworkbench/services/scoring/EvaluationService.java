package org.modelworkbench.services.scoring;

import java.nio.file.Path;
import org.modelworkbench.ml.metrics.RocCurveCalculator;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
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
  private final CellExampleFinder cells;

  public EvaluationService(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
    this.cells = new CellExampleFinder(database, catalog);
  }

  /**
   * Evaluates a run's model.
   *
   * @param runId the run
   * @param dataset another dataset version to score on, or null for the run's own test split
   * @return the stored evaluation
   */
  public EvaluationInfo evaluateRun(long runId, DatasetInfo dataset) {
    return evaluateRun(runId, dataset, ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * Evaluates a run's model, telling the share of rows scored (text models score in bounded
   * batches) and stopping between batches when cancelled; nothing is stored then.
   *
   * @param runId the run
   * @param dataset another dataset version to score on, or null for the run's own test split
   * @param progress told the share scored
   * @param cancel checked between batches
   * @return the stored evaluation
   * @throws java.util.concurrent.CancellationException when cancelled
   */
  public EvaluationInfo evaluateRun(long runId, DatasetInfo dataset, ProgressListener progress,
      CancellationToken cancel) {
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
    String source = dataset == null ? "the test split of run " + runId : "the dataset '" + dataset.name() + "'";
    progress.progress(0.0, "Scoring " + known.rowCount() + " rows");
    Predictions predictions = ModelPredictions.predict(database, model, known, run.target(), source, progress, cancel);
    cancel.throwIfCancelled();
    metrics = MetricsScorer.score(predictions, known, run.target());
    progress.progress(1.0, "Scored " + known.rowCount() + " rows");
    return database.evaluations().insert(runId, model.id(), datasetId, split, metrics);
  }

  /**
   * The test-split rows of a run whose actual class is {@code actual} and predicted class is
   * {@code predicted}: the rows behind one confusion-matrix cell.
   */
  public DataTable testRowsInCell(long runId, String actual, String predicted) {
    return cells.testSplit(runId, actual, predicted, 0, Integer.MAX_VALUE, ProgressListener.NONE,
        CancellationToken.none()).rows();
  }

  /**
   * A page of the test-split rows behind one confusion-matrix cell of a run, the most confident
   * predictions first, with each row's probability and the dataset's free-text columns named. The
   * model scores the test split once; later cells and pages of the run reuse that.
   *
   * @param offset rows of the cell to skip
   * @param limit most rows to return (at most {@value CellExampleFinder#MAX_PAGE})
   * @throws WorkbenchException when the run predicts numbers or has no model
   */
  public CellExamples cellExamples(long runId, String actual, String predicted, int offset, int limit) {
    return cells.testSplit(runId, actual, predicted, offset, Math.min(limit, CellExampleFinder.MAX_PAGE),
        ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * For a run on a text dataset: per class (in the given order) up to {@code right} test texts its
   * model got right, then up to {@code wrong} it got wrong, the most confident first; for the report.
   *
   * @param labels the classes, for example the test metrics' labels
   */
  public java.util.List<ExampleText> examplesPerClass(long runId, java.util.List<String> labels, int right,
      int wrong) {
    return cells.examplesPerClass(runId, labels, right, wrong);
  }

  /**
   * A page of the rows behind one confusion-matrix cell of a stored evaluation of a run's model (its
   * test split, or the whole dataset it was evaluated on).
   *
   * @throws WorkbenchException when there is no such evaluation, or it scored a library model as it is
   */
  public CellExamples evaluationCellExamples(long evaluationId, String actual, String predicted, int offset,
      int limit) {
    return cells.evaluation(evaluationId, actual, predicted, offset, Math.min(limit, CellExampleFinder.MAX_PAGE),
        ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * The misclassified test rows of a classification run, the most confident mistakes first: the
   * image file (or row number), the texts of a text dataset, the actual class, the predicted class
   * and the predicted class's probability.
   *
   * @return a table with columns {@code file} (for a text dataset without files: {@code row}, the
   *     dataset's row number from 1), then each free-text column under its own name, then
   *     {@code actual}, {@code predicted} and {@code probability}
   * @throws WorkbenchException when the run predicts numbers
   */
  public DataTable misclassifiedTestRows(long runId) {
    return MisclassifiedRows.of(database, catalog, runId);
  }

  /**
   * Writes {@link #misclassifiedTestRows(long)} to a CSV file (RFC 4180, UTF-8, a header of its
   * column names): texts with commas, quotes and line breaks are quoted, and a text starting like a
   * spreadsheet formula is guarded ({@link SpreadsheetSafeText}). The file appears whole or not at all.
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
