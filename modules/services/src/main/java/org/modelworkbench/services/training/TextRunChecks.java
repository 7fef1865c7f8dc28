package org.modelworkbench.services.training;

import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.QualityService;

/**
 * The data-quality checks of a text run: the target's findings before the split (strict runs
 * refuse serious ones), then leakage and duplicates across the split, for the text and the
 * ordinary columns it reads. Every finding reaches the observer as a notice.
 */
final class TextRunChecks {
  private TextRunChecks() {}

  /** Target and column findings; refuses the run when strict and any is serious. */
  static void beforeSplit(TrainingContext context, TrainRequest request, DatasetInfo dataset, DataTable rows,
      TextPlan plan, TrainingObserver observer) {
    QualityReport findings = context.quality().forTarget(dataset, rows, request.settings().target(), plan.task(),
        request.settings().excludedColumns());
    if (request.strict() && findings.hasSerious()) {
      throw new WorkbenchException("Training refused because the data has serious quality findings (strict mode): "
          + QualityService.describeSerious(findings));
    }
    findings.serious().forEach(f -> observer.notice("Data quality: " + f.message()));
  }

  /** Texts (and rows) that are in both the training and the test rows. */
  static void afterSplit(TrainingContext context, DataTable rows, DataSplit split, TextPlan plan,
      TrainingObserver observer) {
    context.quality().forTextSplit(rows, split, plan.inputs().textColumns()).findings()
        .forEach(f -> observer.notice("Data quality: " + f.message()));
  }
}
