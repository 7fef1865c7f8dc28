package org.modelworkbench.services;

import java.nio.file.Path;
import org.modelworkbench.ml.TabularModel;
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
import org.modelworkbench.store.ProjectDatabase;

/**
 * Scores a run's model on its test split or on another dataset with the same columns, and stores
 * every evaluation.
 */
public final class EvaluationService {
  private final ProjectDatabase database;
  private final CatalogService catalog;

  EvaluationService(ProjectDatabase database, CatalogService catalog) {
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
    try (TabularModel loaded = TabularModel.load(modelDir(model))) {
      metrics = MetricsScorer.score(loaded, rows, run.target());
    }
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
    String[] predictedLabels;
    try (TabularModel loaded = TabularModel.load(modelDir(model))) {
      predictedLabels = loaded.predict(labelled).predictedLabels();
    }
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
    Predictions predictions;
    try (TabularModel loaded = TabularModel.load(modelDir(model))) {
      predictions = loaded.predict(labelled);
    }
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

  private Path modelDir(ModelInfo model) {
    return database.artifacts().resolve(model.path());
  }
}
