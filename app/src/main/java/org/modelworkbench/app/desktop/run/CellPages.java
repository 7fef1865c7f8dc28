package org.modelworkbench.app.desktop.run;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.services.scoring.CellExamples;

/**
 * The text parts of a listed confusion-matrix cell: the title over its rows, a text's one-line
 * snippet, a row's full text for the detail, and pages joined as "Show more" reads them. Plain
 * code, so it is tested without a screen.
 */
final class CellPages {
  /** The most characters of a text a row of the cell table shows. */
  static final int SNIPPET_CHARACTERS = 120;

  private CellPages() {}

  /** "12 test rows of actual billing predicted as account" and, while some are not listed, how many are. */
  static String title(CellExamples shown) {
    return title(shown, "test row");
  }

  /** The title, with what a row is: "test row" or "row". */
  static String title(CellExamples shown, String rowWord) {
    int listed = shown.rows().rowCount();
    String what = Formats.count(shown.total()) + " " + rowWord + (shown.total() == 1 ? "" : "s")
        + " of actual " + shown.actual() + " predicted as " + shown.predicted();
    return listed < shown.total() ? what + " (the " + Formats.count(listed) + " most confident listed)" : what;
  }

  /** The text on one line (line breaks and runs of spaces as one space), cut after 120 characters with "…". */
  static String snippet(String text) {
    if (text == null) {
      return "";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= SNIPPET_CHARACTERS) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, SNIPPET_CHARACTERS)).stripTrailing() + "\u2026";
  }

  /** A listed row's free-text columns in full, with their line breaks, each under its name when there are several. */
  static String fullText(CellExamples shown, int index) {
    List<String> columns = shown.textColumns();
    DataTable rows = shown.rows();
    List<String> parts = new ArrayList<>();
    for (String column : columns) {
      Object value = rows.value(index, rows.columnIndex(column));
      String body = value == null ? "(missing)" : value.toString();
      parts.add(columns.size() == 1 ? body : column + ":\n" + body);
    }
    return String.join("\n\n", parts);
  }

  /**
   * A listed picture's name as it was in the imported folder ({@code 3/0123.png}); a project
   * imported before the original names were kept shows the stored copy's path instead.
   */
  static String pictureName(DataTable rows, Object[] row) {
    if (rows.hasColumn("source")) {
      Object source = row[rows.columnIndex("source")];
      if (source != null && !source.toString().isBlank()) {
        return source.toString();
      }
    }
    Object file = rows.hasColumn("file") ? row[rows.columnIndex("file")] : null;
    return file == null ? "" : file.toString();
  }

  /** The rows listed so far followed by the next page. */
  static CellExamples append(CellExamples before, CellExamples page) {
    List<Object[]> rows = new ArrayList<>(before.rows().rowCount() + page.rows().rowCount());
    for (int r = 0; r < before.rows().rowCount(); r++) {
      rows.add(before.rows().row(r));
    }
    for (int r = 0; r < page.rows().rowCount(); r++) {
      rows.add(page.rows().row(r));
    }
    double[] probabilities = new double[rows.size()];
    System.arraycopy(before.probabilities(), 0, probabilities, 0, before.probabilities().length);
    System.arraycopy(page.probabilities(), 0, probabilities, before.probabilities().length,
        page.probabilities().length);
    return new CellExamples(before.actual(), before.predicted(), page.total(), before.offset(),
        DataTable.fromRows(before.rows().columns(), rows), probabilities, before.textColumns());
  }
}
