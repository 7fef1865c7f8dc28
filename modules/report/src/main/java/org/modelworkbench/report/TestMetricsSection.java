package org.modelworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;

/**
 * How well the model predicts rows it never saw, in detail: how to read the headline numbers (shown
 * in the summary), then for classifiers the confusion matrix and the per-class table, for
 * regression the errors next to the target's size.
 */
final class TestMetricsSection {
  /** Beyond this many classes a matrix table no longer fits across a page in readable type. */
  static final int MAX_MATRIX_TABLE_CLASSES = 12;
  /** Up to this many classes the confusion matrix comes before the per-class table. */
  static final int MATRIX_FIRST_CLASSES = 4;

  private TestMetricsSection() {}

  /** Builds the section; without metrics it says plainly why there are none. */
  static Section build(ReportContent content) {
    List<Block> blocks = new ArrayList<>();
    Metrics metrics = content.testMetrics();
    if (metrics == null) {
      blocks.add(new Block.Paragraph(Wording.missingMetrics(content.run().status()), Block.Tone.NOTICE));
      return new Section("test", "Test metrics", blocks);
    }
    blocks.add(new Block.Paragraph(MetricText.howToRead(metrics, content.run().target()), Block.Tone.MUTED));
    if (metrics instanceof ClassificationMetrics classification) {
      // Both belong on the first pages. A small matrix fits under the summary on page 1 and reads
      // best first; a large one would not fit there, so the compact per-class table goes first and
      // the matrix follows at full size.
      if (classification.labels().size() <= MATRIX_FIRST_CLASSES) {
        blocks.addAll(confusion(classification));
        blocks.addAll(perClass(classification));
      } else {
        blocks.addAll(perClass(classification));
        blocks.addAll(confusion(classification));
      }
      return new Section("test", "Test metrics", blocks);
    }
    scale((RegressionMetrics) metrics, content).ifPresent(blocks::add);
    return new Section("test", "Test metrics", blocks);
  }

  /**
   * The errors next to the target's typical size, from the dataset's column profile: an error of
   * 15,000 means little until one knows prices average 300,000.
   */
  private static Optional<Block> scale(RegressionMetrics metrics, ReportContent content) {
    String target = content.run().target();
    Optional<ColumnProfile> column = target == null ? Optional.empty() : content.dataset().column(target);
    if (column.isEmpty() || column.get().mean() == null || column.get().mean() == 0
        || !Double.isFinite(column.get().mean())) {
      return Optional.empty();
    }
    double mean = column.get().mean();
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Average \u201C" + target + "\u201D in the dataset", Formats.decimal(mean)));
    double size = Math.abs(mean);
    facts.add(new Block.Fact("MAE relative to the average", Formats.percent(metrics.mae() / size)));
    facts.add(new Block.Fact("RMSE relative to the average", Formats.percent(metrics.rmse() / size)));
    Double stddev = column.get().stddev();
    if (stddev != null && Double.isFinite(stddev) && stddev > 0) {
      facts.add(new Block.Fact("Spread (standard deviation)", Formats.decimal(stddev)));
    }
    return Optional.of(new Block.Facts(facts));
  }

  private static List<Block> confusion(ClassificationMetrics metrics) {
    List<String> labels = metrics.labels();
    long[][] matrix = metrics.confusionMatrix() == null ? new long[0][] : metrics.confusionMatrix();
    int n = Math.min(labels.size(), matrix.length);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Subheading("Confusion matrix"));
    blocks.add(new Block.Paragraph("Rows are the actual classes, columns the predicted ones; the "
        + "diagonal counts the right predictions. A cell\u2019s shade is its share of the row.",
        Block.Tone.MUTED));
    // Square enough for the cells, wide enough for the class names on the left.
    int side = Math.max(240, Math.min(460, 160 + 40 * n));
    blocks.add(new Block.Chart(ChartRenderer.confusionMatrix(metrics, side + 80, side), side + 80, side,
        "Heat map of the confusion matrix"));

    List<Block.Column> columns = new ArrayList<>();
    columns.add(new Block.Column("Actual / predicted", false));
    for (int i = 0; i < n; i++) {
      columns.add(new Block.Column(labels.get(i), true));
    }
    columns.add(new Block.Column("Total", true));
    List<List<String>> rows = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      List<String> cells = new ArrayList<>();
      cells.add(labels.get(row));
      long total = 0;
      for (int col = 0; col < n; col++) {
        long count = col < matrix[row].length ? matrix[row][col] : 0;
        total += count;
        cells.add(Formats.count(count));
      }
      cells.add(Formats.count(total));
      rows.add(cells);
    }
    if (n > MAX_MATRIX_TABLE_CLASSES) {
      blocks.add(new Block.Paragraph("With " + n + " classes the matrix is too wide to print as a "
          + "table; the per-class metrics give each class\u2019s share of right predictions "
          + "(recall).", Block.Tone.MUTED));
      return blocks;
    }
    blocks.add(new Block.Table(columns, rows, true));
    return blocks;
  }

  private static List<Block> perClass(ClassificationMetrics metrics) {
    List<List<String>> rows = new ArrayList<>();
    for (ClassMetrics m : metrics.perClass()) {
      rows.add(List.of(m.label(), Formats.percent(m.precision()), Formats.percent(m.recall()),
          Formats.percent(m.f1()), Formats.count(m.support())));
    }
    return List.of(
        new Block.Subheading("Per-class metrics"),
        new Block.Paragraph("Precision: of the rows predicted as the class, the share that really "
            + "were. Recall: of the rows of the class, the share the model found. F1 balances the "
            + "two. Support: test rows of the class.", Block.Tone.MUTED),
        new Block.Table(List.of(
            new Block.Column("Class", false),
            new Block.Column("Precision", true),
            new Block.Column("Recall", true),
            new Block.Column("F1", true),
            new Block.Column("Support", true)), rows, true));
  }
}
