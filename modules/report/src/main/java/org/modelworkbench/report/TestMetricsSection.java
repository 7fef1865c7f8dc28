package org.modelworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;

/** How well the model predicts rows it never saw: headline numbers, then detail for classifiers. */
final class TestMetricsSection {
  /** Beyond this many classes a matrix table no longer fits across a page in readable type. */
  static final int MAX_MATRIX_TABLE_CLASSES = 12;
  /** The most characters of an example text a report shows. */
  static final int SNIPPET_CHARACTERS = 220;

  private TestMetricsSection() {}

  /** Builds the section; without metrics it says plainly why there are none. */
  static Section build(ReportContent content) {
    List<Block> blocks = new ArrayList<>();
    Metrics metrics = content.testMetrics();
    if (metrics == null) {
      blocks.add(new Block.Paragraph(Wording.missingMetrics(content.run().status()), Block.Tone.NOTICE));
      return new Section("test", "Test metrics", false, blocks);
    }
    blocks.add(new Block.Tiles(MetricText.headline(metrics)));
    blocks.add(new Block.Paragraph(MetricText.howToRead(metrics, content.run().target()), Block.Tone.MUTED));
    if (metrics instanceof ClassificationMetrics classification) {
      blocks.addAll(confusion(classification));
      blocks.addAll(perClass(classification));
      blocks.addAll(mistakes(content.misclassified()));
      blocks.addAll(textExamples(content.textExamples()));
      return new Section("test", "Test metrics", true, blocks);
    }
    scale((RegressionMetrics) metrics, content).ifPresent(blocks::add);
    // Regression results are a few lines: they follow the training charts without a forced break.
    return new Section("test", "Test metrics", false, blocks);
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
          + "table; the per-class metrics below give each class\u2019s share of right predictions "
          + "(recall).", Block.Tone.MUTED));
      return blocks;
    }
    blocks.add(new Block.Table(columns, rows, true));
    return blocks;
  }

  /** A grid of a few test pictures the model got wrong, when the dataset holds pictures. */
  private static List<Block> mistakes(List<Thumbnail> thumbnails) {
    if (thumbnails.isEmpty()) {
      return List.of();
    }
    int width = MistakesGrid.width(thumbnails.size());
    int height = MistakesGrid.height(thumbnails.size());
    return List.of(
        new Block.Subheading("Pictures the model got wrong"),
        new Block.Paragraph("A few test pictures with their true class (\u201Cis\u201D) and the class the "
            + "model gave them (\u201Cseen as\u201D). Mistakes that a person would make too are less worrying "
            + "than ones on clear pictures.", Block.Tone.MUTED),
        new Block.Chart(MistakesGrid.render(thumbnails), width, height,
            "Grid of " + thumbnails.size() + " misclassified test pictures"));
  }

  /**
   * A few test texts per class, right and wrong, each cut to one line of at most
   * {@value #SNIPPET_CHARACTERS} characters, so a manager sees what the model reads well and what it
   * confuses.
   */
  private static List<Block> textExamples(List<TextExample> examples) {
    if (examples.isEmpty()) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (TextExample example : examples) {
      rows.add(List.of(example.actual(), example.correct() ? "right" : "wrong: " + example.predicted(),
          Formats.percent(example.probability()), example.text().isBlank() ? "(no text)"
              : Snippets.cut(example.text(), SNIPPET_CHARACTERS)));
    }
    return List.of(
        new Block.Subheading("Examples per class"),
        new Block.Paragraph("A few test texts of each class: first ones the model got right, then ones it got "
            + "wrong, the most confident first, with the probability it gave its answer. Long texts are cut "
            + "with “…”.", Block.Tone.MUTED),
        new Block.Table(List.of(
            new Block.Column("Class", false),
            new Block.Column("Model", false),
            new Block.Column("Probability", true),
            new Block.Column("Text", false, true)), rows, true));
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
