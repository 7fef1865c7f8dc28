package org.modelworkbench.services.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Answers "the rows of actual A predicted as B" for a run's test split or a stored evaluation, a
 * page at a time. The model scores the rows once per run or evaluation; the few values per row it
 * takes to list cells are kept for the last {@value #KEPT} of them, so clicking through cells and
 * pages does not score again. A model and a dataset version never change, so nothing goes stale.
 */
final class CellExampleFinder {
  /** Runs and evaluations whose scored rows are kept. */
  static final int KEPT = 4;
  /** The most rows one page asked for by the window or the command line holds. */
  static final int MAX_PAGE = 500;

  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final Map<String, ScoredRows> kept = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ScoredRows> eldest) {
      return size() > KEPT;
    }
  };

  CellExampleFinder(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
  }

  /** A page of a cell of the run's test-split confusion matrix. */
  CellExamples testSplit(long runId, String actual, String predicted, int offset, int limit,
      ProgressListener progress, CancellationToken cancel) {
    RunInfo run = catalog.run(runId);
    ScoredRows scored = scored("run " + runId, () -> {
      ModelInfo model = catalog.modelOfRun(run);
      int[] test = database.runs().split(runId).test();
      return score(model, run, run.datasetId(), test, "the test split of run " + runId, progress, cancel);
    });
    return page(scored, actual, predicted, offset, limit);
  }

  /** A page of a cell of a stored evaluation of a run's model. */
  CellExamples evaluation(long evaluationId, String actual, String predicted, int offset, int limit,
      ProgressListener progress, CancellationToken cancel) {
    EvaluationInfo evaluation = database.evaluations().list().stream().filter(e -> e.id() == evaluationId)
        .findFirst().orElseThrow(() -> new WorkbenchException("There is no evaluation " + evaluationId
            + " in this project."));
    if (evaluation.runId() == null) {
      throw new WorkbenchException("Evaluation " + evaluationId + " scored a library model as it is; its cells "
          + "cannot list rows. Evaluate a run's model to see the rows behind a cell.");
    }
    long runId = evaluation.runId();
    if ("test".equals(evaluation.split())) {
      return testSplit(runId, actual, predicted, offset, limit, progress, cancel);
    }
    RunInfo run = catalog.run(runId);
    ScoredRows scored = scored("evaluation " + evaluationId, () -> score(catalog.modelOfRun(run), run,
        evaluation.datasetId(), null, "the dataset of evaluation " + evaluationId, progress, cancel));
    return page(scored, actual, predicted, offset, limit);
  }

  /**
   * For each class of the run's test split, in label order, up to {@code right} texts the model got
   * right and then up to {@code wrong} it got wrong, the most confident first within each.
   */
  java.util.List<ExampleText> examplesPerClass(long runId, java.util.List<String> labels, int right, int wrong) {
    RunInfo run = catalog.run(runId);
    ScoredRows scored = scored("run " + runId, () -> score(catalog.modelOfRun(run), run, run.datasetId(),
        database.runs().split(runId).test(), "the test split of run " + runId, ProgressListener.NONE,
        CancellationToken.none()));
    java.util.List<Integer> chosen = new java.util.ArrayList<>();
    for (String label : labels) {
      int[] hits = scored.cell(label, label);
      for (int i = 0; i < Math.min(right, hits.length); i++) {
        chosen.add(hits[i]);
      }
      java.util.List<Integer> misses = new java.util.ArrayList<>();
      for (String other : labels) {
        if (!other.equals(label)) {
          for (int position : scored.cell(label, other)) {
            misses.add(position);
          }
        }
      }
      misses.sort((a, b) -> Double.compare(scored.confidence()[b], scored.confidence()[a]));
      chosen.addAll(misses.subList(0, Math.min(wrong, misses.size())));
    }
    int[] rowNumbers = chosen.stream().mapToInt(p -> scored.rowNumbers()[p]).toArray();
    DataTable rows = database.datasets().rows(scored.datasetId()).selectRows(rowNumbers);
    java.util.List<String> texts = org.modelworkbench.ml.text.classify.TextTableModel.texts(rows,
        ScoredRows.textColumns(rows));
    java.util.List<ExampleText> out = new java.util.ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      int p = chosen.get(i);
      out.add(new ExampleText(scored.actual()[p], scored.predicted()[p], scored.confidence()[p], texts.get(i)));
    }
    return out;
  }

  private ScoredRows scored(String key, Supplier<ScoredRows> compute) {
    synchronized (kept) {
      ScoredRows found = kept.get(key);
      if (found != null) {
        return found;
      }
    }
    ScoredRows computed = compute.get();
    synchronized (kept) {
      kept.put(key, computed);
    }
    return computed;
  }

  private ScoredRows score(ModelInfo model, RunInfo run, long datasetId, int[] subset, String source,
      ProgressListener progress, CancellationToken cancel) {
    DataTable all = database.datasets().rows(datasetId);
    if (!all.hasColumn(run.target())) {
      throw new WorkbenchException("The data has no target column '" + run.target() + "' to compare with.");
    }
    int[] rows = subset == null ? identity(all.rowCount()) : subset;
    DataTable chosen = subset == null ? all : all.selectRows(subset);
    int[] labelled = TargetRows.labelled(chosen, run.target());
    DataTable known = labelled.length == chosen.rowCount() ? chosen : chosen.selectRows(labelled);
    Predictions predictions = ModelPredictions.predict(database, model, known, run.target(), source, progress,
        cancel);
    if (predictions.task() != Task.CLASSIFICATION || predictions.predictedLabels() == null) {
      throw new WorkbenchException("Run " + run.id() + " predicts numbers; it has no confusion matrix.");
    }
    return ScoredRows.of(datasetId, TargetRows.mapBack(labelled, rows),
        known.textColumn(known.columnIndex(run.target())), predictions);
  }

  private CellExamples page(ScoredRows scored, String actual, String predicted, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
    int[] cell = scored.cell(actual, predicted);
    int from = Math.min(offset, cell.length);
    int to = (int) Math.min(cell.length, (long) from + limit);
    int[] positions = Arrays.copyOfRange(cell, from, to);
    int[] rowNumbers = new int[positions.length];
    double[] confidence = new double[positions.length];
    for (int i = 0; i < positions.length; i++) {
      rowNumbers[i] = scored.rowNumbers()[positions[i]];
      confidence[i] = scored.confidence()[positions[i]];
    }
    DataTable rows = database.datasets().rows(scored.datasetId()).selectRows(rowNumbers);
    return new CellExamples(actual, predicted, cell.length, from, rows, confidence, ScoredRows.textColumns(rows));
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }
}
