package org.modelworkbench.services.reports;

import java.util.List;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.report.TextExample;
import org.modelworkbench.services.scoring.EvaluationService;

/** The part of a report that only runs on text datasets have: example texts per class. */
final class TextReportParts {
  /** Texts the model got right shown per class. */
  static final int RIGHT_PER_CLASS = 2;
  /** Texts the model got wrong shown per class. */
  static final int WRONG_PER_CLASS = 2;
  /** Beyond this many classes only mistakes are shown, so the table stays a page or two. */
  static final int MANY_CLASSES = 15;

  private TextReportParts() {}

  /** Whether the run is a classifier with a model on a dataset with a free-text column. */
  static boolean applies(RunInfo run, DatasetInfo dataset) {
    return run.modelId() != null && run.testMetrics() instanceof ClassificationMetrics
        && dataset.columns().stream().anyMatch(c -> c.type() == ColumnType.TEXT);
  }

  /** A few right and wrong test texts per class, in the metrics' label order. */
  static List<TextExample> examples(EvaluationService evaluation, RunInfo run) {
    List<String> labels = ((ClassificationMetrics) run.testMetrics()).labels();
    int right = labels.size() > MANY_CLASSES ? 0 : RIGHT_PER_CLASS;
    return evaluation.examplesPerClass(run.id(), labels, right, WRONG_PER_CLASS).stream()
        .map(e -> new TextExample(e.actual(), e.predicted(), e.probability(), e.text()))
        .toList();
  }
}
