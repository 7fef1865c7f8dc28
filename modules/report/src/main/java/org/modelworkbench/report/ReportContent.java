package org.modelworkbench.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.ValueCount;

/**
 * Everything one run report shows.
 *
 * @param title the report's title, for example "Churn model, run 42"
 * @param dataset the dataset version the run trained on
 * @param classBalance rows per class of the target, in the order to show them (largest first reads
 *     best); empty for regression
 * @param run the run
 * @param model the model the run kept, or null when none was kept
 * @param curve one point per finished epoch, in epoch order; empty when no epoch finished
 * @param testMetrics metrics on the test split, or null when there are none (for example a cancelled
 *     run); the report then says so plainly
 * @param generatedAt when the report was made
 * @param images for an image dataset, its pictures' sizes and colours; null for a table dataset
 * @param misclassified a few test pictures the model got wrong, shown as a grid in HTML; empty for
 *     table datasets
 * @param textExamples for a text dataset, a few test texts per class that the model got right and
 *     wrong, grouped by actual class in the order to show them; empty otherwise
 */
public record ReportContent(
    String title,
    DatasetInfo dataset,
    List<ValueCount> classBalance,
    RunInfo run,
    ModelInfo model,
    List<EpochMetrics> curve,
    Metrics testMetrics,
    Instant generatedAt,
    ImageSummary images,
    List<Thumbnail> misclassified,
    List<TextExample> textExamples) {

  /** Checks the required parts and copies the lists; a null list counts as empty. */
  public ReportContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(generatedAt, "generatedAt");
    classBalance = classBalance == null ? List.of() : List.copyOf(classBalance);
    curve = curve == null ? List.of() : List.copyOf(curve);
    misclassified = misclassified == null ? List.of() : List.copyOf(misclassified);
    textExamples = textExamples == null ? List.of() : List.copyOf(textExamples);
  }

  /** The content of a run with no text examples. */
  public ReportContent(String title, DatasetInfo dataset, List<ValueCount> classBalance, RunInfo run,
      ModelInfo model, List<EpochMetrics> curve, Metrics testMetrics, Instant generatedAt, ImageSummary images,
      List<Thumbnail> misclassified) {
    this(title, dataset, classBalance, run, model, curve, testMetrics, generatedAt, images, misclassified,
        List.of());
  }

  /** The content of a run on a table dataset: no image summary and no pictures. */
  public ReportContent(String title, DatasetInfo dataset, List<ValueCount> classBalance, RunInfo run,
      ModelInfo model, List<EpochMetrics> curve, Metrics testMetrics, Instant generatedAt) {
    this(title, dataset, classBalance, run, model, curve, testMetrics, generatedAt, null, List.of(), List.of());
  }
}
