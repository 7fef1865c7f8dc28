package org.modelworkbench.app.desktop.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.RocCurve;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.reports.ReportFormat;
import org.modelworkbench.services.scoring.CellExamples;

/**
 * State of the run view: the run, its curve and evaluations, the rows of a clicked
 * confusion-matrix cell, and the actions on the run's model. All reads and actions run in the
 * background.
 */
public final class RunViewModel {
  /** The cell title while no cell was clicked. */
  public static final String NO_CELL = "Click a cell of the matrix to list its test rows here.";

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final Notifier notifier;
  private final long runId;
  private final ReadOnlyObjectWrapper<RunInfo> run = new ReadOnlyObjectWrapper<>(this, "run");
  private volatile boolean resumable;
  private final ObservableList<EpochMetrics> curve = FXCollections.observableArrayList();
  private final ObservableList<EvaluationInfo> evaluations = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<RocCurve> rocCurve = new ReadOnlyObjectWrapper<>(this, "rocCurve");
  private final CellListing testCells;
  private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");

  /**
   * Creates the view model.
   *
   * @param runner runs reads and actions in the background
   * @param workbench the open project
   * @param notifier tells the user when an action is done
   * @param runId the run shown
   */
  public RunViewModel(JobRunner runner, Supplier<Workbench> workbench, Notifier notifier, long runId) {
    this.runner = runner;
    this.workbench = workbench;
    this.notifier = notifier;
    this.runId = runId;
    this.testCells = new CellListing(runner, (actual, predicted, offset, limit) -> workbench.get().evaluation()
        .cellExamples(runId, actual, predicted, offset, limit), NO_CELL, "test row");
  }

  /** The run's id. */
  public long runId() {
    return runId;
  }

  /** Reads the run, its curve and its evaluations. */
  public void load() {
    runner.job("Read run " + runId, context -> {
      Workbench open = workbench.get();
      RunInfo stored = open.catalog().run(runId);
      return new Loaded(stored, open.catalog().curve(runId), open.catalog().evaluations(runId),
          open.training().canResume(stored));
    }).hidden().onSuccess(loaded -> {
      resumable = loaded.resumable();
      curve.setAll(loaded.curve());
      evaluations.setAll(loaded.evaluations());
      run.set(loaded.run());
      if (isBinary(loaded.run())) {
        loadRocCurve();
      }
    }).start();
  }

  /** Whether a run is a two-class classifier with a kept model, so it has a ROC curve. */
  public static boolean isBinary(RunInfo run) {
    return hasModel(run) && run.testMetrics() instanceof ClassificationMetrics metrics
        && metrics.labels().size() == 2;
  }

  private void loadRocCurve() {
    runner.job("ROC curve of run " + runId, context -> workbench.get().evaluation().rocCurve(runId))
        .hidden()
        .onSuccess(rocCurve::set)
        .start();
  }

  /** The file of a stored image (its path relative to the project's artifacts). */
  public Path imageFile(String relative) {
    return workbench.get().datasets().artifactPath(relative);
  }

  /** The ROC curve on the test split, once computed (binary runs only). */
  public ReadOnlyObjectProperty<RocCurve> rocCurveProperty() {
    return rocCurve.getReadOnlyProperty();
  }

  /** Lists the first page of the test rows of one confusion-matrix cell, the most confident first. */
  public void showCell(String actual, String predicted) {
    testCells.show(actual, predicted);
  }

  /** Adds the cell's next page of rows below those listed; nothing when all are listed. */
  public void showMoreCellRows() {
    testCells.showMore();
  }

  /** Shows the full texts of a listed cell row in the detail under the table. */
  public void selectCellRow(int index) {
    testCells.select(index);
  }

  /** The rows behind the cells of the test-split matrix. */
  public CellListing testCells() {
    return testCells;
  }

  /**
   * The rows behind the cells of a stored evaluation's matrix (a run's model on other data): a new
   * listing per evaluation.
   */
  public CellListing evaluationCells(EvaluationInfo evaluation) {
    return new CellListing(runner, (actual, predicted, offset, limit) -> workbench.get().evaluation()
        .evaluationCellExamples(evaluation.id(), actual, predicted, offset, limit),
        "Click a cell of this matrix to list its rows here.", "row");
  }

  /** The listed rows of the clicked cell with their probabilities and text columns, or null. */
  public ReadOnlyObjectProperty<CellExamples> cellExamplesProperty() {
    return testCells.examplesProperty();
  }

  /** The full text of the selected cell row, or empty. */
  public ReadOnlyStringProperty cellTextProperty() {
    return testCells.textProperty();
  }

  /** Whether the run is stopped (cancelled, failed, interrupted) with a checkpoint to continue from. */
  public boolean canResume() {
    return resumable;
  }

  /** Continues the run from its last checkpoint as a background job, then reloads the view. */
  public Job resume() {
    resumable = false;
    return runner.job("Resume run " + runId,
            context -> workbench.get().training().resume(runId,
                org.modelworkbench.services.training.TrainingObserver.NONE, context.token()))
        .successMessage(resumed -> "Run " + runId + " " + resumed.status().label())
        .onSuccess(resumed -> load())
        .onError(error -> load())
        .start();
  }

  /**
   * Scores the run's model on another dataset with the same columns and keeps the evaluation; the
   * job shows the share of rows scored, and Cancel stops it between batches without storing.
   */
  public Job evaluate(DatasetInfo dataset) {
    return runner.job("Evaluate run " + runId + " on " + dataset.name(),
            context -> workbench.get().evaluation().evaluateRun(runId, dataset, context.progress(), context.token()))
        .successMessage(evaluation -> headline(evaluation))
        .onSuccess(evaluation -> {
          evaluations.add(evaluation);
          notifier.info("Evaluated on " + dataset.name(), headline(evaluation));
        })
        .start();
  }

  /** Predicts every row of a CSV file and writes them with their predictions. */
  public Job predict(Path input, Path output) {
    return runner.job("Predict " + input.getFileName() + " with run " + runId,
            context -> workbench.get().prediction().predict(runId, input, output, context.progress(), context.token()))
        .successMessage(outcome -> "Wrote " + Formats.count(outcome.rows()) + " predictions to " + outcome.output().getFileName()
            + skippedNote(outcome))
        .onSuccess(outcome -> notifier.info("Predictions written",
            Formats.count(outcome.rows()) + " rows with predictions in " + outcome.output() + skippedNote(outcome),
            outcome.output()))
        .start();
  }

  /** Names the pictures a prediction left out, or nothing when it kept them all. */
  static String skippedNote(org.modelworkbench.services.scoring.PredictionOutcome outcome) {
    var skipped = outcome.skipped();
    if (skipped.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(". Skipped ").append(skipped.size())
        .append(skipped.size() == 1 ? " unreadable picture: " : " unreadable pictures: ");
    int shown = Math.min(5, skipped.size());
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append(skipped.get(i).file()).append(" (").append(skipped.get(i).reason()).append(')');
    }
    if (skipped.size() > shown) {
      text.append(" and ").append(skipped.size() - shown).append(" more");
    }
    return text.toString();
  }

  /** Writes the run's report as HTML or PDF. */
  public Job exportReport(ReportFormat format, Path output) {
    return runner.job("Export report of run " + runId,
            context -> workbench.get().reports().write(runId, format, output))
        .successMessage(path -> "Wrote " + path.getFileName())
        .onSuccess(path -> {
          lastReport.set(path);
          notifier.info("Report exported", "The report of run " + runId + " is in " + path, path);
        })
        .start();
  }

  static String headline(EvaluationInfo evaluation) {
    StringBuilder text = new StringBuilder();
    evaluation.metrics().headline().forEach((key, value) -> {
      if (value != null) {
        text.append(text.length() == 0 ? "" : ", ").append(MetricNames.label(key)).append(' ').append(Formats.metric(value));
      }
    });
    return text + " on " + Formats.count(evaluation.metrics().count()) + " rows";
  }

  /** The run's summary lines: dataset, target, task, model, status, device, times, seed. */
  public static Map<String, String> summary(RunInfo run) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("Dataset", Formats.datasetVersion(run.datasetName(), run.datasetVersion()));
    lines.put("Target", run.target());
    lines.put("Task", run.task() == null ? "–" : run.task().label());
    lines.put("Model", run.kindLabel().isEmpty() ? "–" : run.kindLabel());
    lines.put("Status", run.status().label() + (run.error() == null ? "" : ": " + run.error()));
    lines.put("Device", Formats.deviceWithNote(run.device()));
    lines.put("Started", Formats.dateTime(run.startedAt()));
    lines.put("Duration", run.durationText());
    lines.put("Seed", Long.toString(run.seed()));
    return lines;
  }

  /** Whether the run can be scored, predicted with and reported on. */
  public static boolean hasModel(RunInfo run) {
    return run != null && run.status() == RunStatus.COMPLETED && run.modelId() != null;
  }

  /** The headline test metrics that have a value. */
  public static List<Map.Entry<String, Double>> headline(RunInfo run) {
    List<Map.Entry<String, Double>> out = new ArrayList<>();
    if (run == null || run.testMetrics() == null) {
      return out;
    }
    run.testMetrics().headline().forEach((key, value) -> {
      if (value != null && !value.isNaN()) {
        out.add(Map.entry(key, value));
      }
    });
    return out;
  }

  /** The run, once read. */
  public ReadOnlyObjectProperty<RunInfo> runProperty() {
    return run.getReadOnlyProperty();
  }

  /** The per-epoch curve. */
  public ObservableList<EpochMetrics> curve() {
    return curve;
  }

  /** The stored evaluations of the run's model. */
  public ObservableList<EvaluationInfo> evaluations() {
    return evaluations;
  }

  /** The rows of the clicked cell, or null. */
  public ReadOnlyObjectProperty<DataTable> cellRowsProperty() {
    return testCells.rowsProperty();
  }

  /** What the cell rows table shows. */
  public ReadOnlyStringProperty cellTitleProperty() {
    return testCells.titleProperty();
  }

  /** The last report written, or null. */
  public ReadOnlyObjectProperty<Path> lastReportProperty() {
    return lastReport.getReadOnlyProperty();
  }

  private record Loaded(RunInfo run, List<EpochMetrics> curve, List<EvaluationInfo> evaluations,
      boolean resumable) {}
}
