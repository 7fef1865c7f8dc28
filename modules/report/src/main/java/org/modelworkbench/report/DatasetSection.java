package org.modelworkbench.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ValueCount;

/** The data the model learned from: file identity, a column table and the class balance. */
final class DatasetSection {
  /** Nominal chart width, shared by all wide charts so the report looks even. */
  static final int CHART_WIDTH = 600;
  /** Most bars the class balance chart shows. */
  static final int MAX_CHARTED_CLASSES = 25;

  private DatasetSection() {}

  /** Builds the section. */
  static Section build(ReportContent content, ZoneId zone) {
    DatasetInfo data = content.dataset();
    List<Block> blocks = new ArrayList<>();
    if (content.images() != null) {
      blocks.addAll(ImageDatasetBlocks.build(content, zone));
      if (!content.classBalance().isEmpty()) {
        blocks.addAll(classBalance(content.classBalance(), content.run().target(), "Pictures"));
      }
      return new Section("dataset", "Dataset", blocks);
    }
    long fileRows = data.rows() + data.rejectedRows();
    blocks.add(new Block.Facts(DatasetSection.present(
        new Block.Fact("Name", data.name()),
        new Block.Fact("Version", Integer.toString(data.version())),
        new Block.Fact("Source file", Formats.text(data.sourceFile())),
        DatasetSection.sha256(data),
        new Block.Fact("Rows", Formats.count(data.rows())),
        new Block.Fact("Columns", Formats.count(data.columns().size())),
        new Block.Fact("Rejected rows", data.rejectedRows() == 0 ? "None"
            : Formats.count(data.rejectedRows()) + " (" + Formats.percentOf(data.rejectedRows(), fileRows)
                + " of the file\u2019s rows)"),
        new Block.Fact("Imported", Formats.dateTime(data.importedAt(), zone)))));

    blocks.add(new Block.Subheading("Columns"));
    blocks.add(columnTable(data, content.run().target()));

    if (!content.classBalance().isEmpty()) {
      blocks.addAll(classBalance(content.classBalance(), content.run().target(), "Rows"));
    }
    return new Section("dataset", "Dataset", blocks);
  }

  /**
   * The file's SHA-256, or null when none was recorded: a fact that says "not recorded" tells a
   * reader nothing they can check.
   */
  static Block.Fact sha256(DatasetInfo data) {
    return data.sha256() == null || data.sha256().isBlank() ? null : new Block.Fact("SHA-256", data.sha256());
  }

  /** The facts that are there, in order: a null stands for a fact left out. */
  static List<Block.Fact> present(Block.Fact... facts) {
    return java.util.Arrays.stream(facts).filter(java.util.Objects::nonNull).toList();
  }

  private static Block columnTable(DatasetInfo data, String target) {
    List<Block.Column> columns = List.of(
        new Block.Column("Column", false),
        new Block.Column("Type", false),
        new Block.Column("Missing", true),
        new Block.Column("Distinct", true),
        new Block.Column("Min", true),
        new Block.Column("Mean", true),
        new Block.Column("Max", true));
    List<List<String>> rows = new ArrayList<>();
    for (ColumnProfile column : data.columns()) {
      String name = column.name().equals(target) ? column.name() + " (target)" : column.name();
      rows.add(List.of(
          name,
          column.type() == null ? Formats.NONE : column.type().label(),
          Formats.count(column.missing()) + " (" + Formats.percentOf(column.missing(), data.rows()) + ")",
          column.distinctText(),
          ColumnStats.min(column),
          ColumnStats.mean(column),
          ColumnStats.max(column)));
    }
    return new Block.Table(columns, rows, true);
  }

  private static List<Block> classBalance(List<ValueCount> counts, String target, String unit) {
    long total = counts.stream().mapToLong(ValueCount::count).sum();
    List<ValueCount> charted = counts;
    if (counts.size() > MAX_CHARTED_CLASSES) {
      // Hundreds of bars would be a grey smear: the chart keeps the largest classes, the table all.
      charted = counts.stream().sorted(Comparator.comparingLong(ValueCount::count).reversed())
          .limit(MAX_CHARTED_CLASSES).toList();
    }
    List<List<String>> rows = new ArrayList<>();
    for (ValueCount count : counts) {
      rows.add(List.of(count.value(), Formats.count(count.count()), Formats.percentOf(count.count(), total)));
    }
    // About 26 points per bar keeps bars and labels readable without a giant chart for two classes.
    int height = Math.max(150, Math.min(460, 70 + 26 * charted.size()));
    String shown = charted.size() < counts.size()
        ? " The chart shows the " + charted.size() + " largest of " + counts.size() + " classes." : "";
    return List.of(
        new Block.Subheading("Class balance"),
        new Block.Paragraph(unit + " per class of the target column \u201C" + target + "\u201D. Very "
            + "uneven classes make accuracy look better than the model is; macro-F1 in the test "
            + "metrics corrects for that." + shown, Block.Tone.MUTED),
        new Block.Table(List.of(new Block.Column("Class", false), new Block.Column(unit, true),
            new Block.Column("Share", true)), rows, true),
        new Block.Chart(ChartRenderer.classBalance(charted, CHART_WIDTH, height), CHART_WIDTH, height,
            "Bar chart of " + unit.toLowerCase(java.util.Locale.ROOT) + " per class"));
  }
}
