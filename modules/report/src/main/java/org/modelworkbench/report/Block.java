package org.modelworkbench.report;

import java.util.List;

/**
 * A piece of section content that both the HTML and the PDF writer know how to draw. All text is
 * raw (unescaped, unsanitised): each writer makes it safe for its own format.
 */
sealed interface Block {

  /** A heading inside a section. */
  record Subheading(String text) implements Block {}

  /** A paragraph of running text in a tone. */
  record Paragraph(String text, Tone tone) implements Block {}

  /** How a paragraph should stand out. */
  enum Tone {
    /** Ordinary body text. */
    NORMAL,
    /** Secondary text, such as how to read a chart. */
    MUTED,
    /** Something the reader must not miss, such as missing test metrics. */
    NOTICE
  }

  /** Label and value pairs shown as a two-column list. */
  record Facts(List<Fact> facts) implements Block {
    /** Copies the list. */
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label and value. */
  record Fact(String label, String value) {}

  /** Headline numbers shown large, side by side. */
  record Tiles(List<Fact> tiles) implements Block {
    /** Copies the list. */
    public Tiles {
      tiles = List.copyOf(tiles);
    }
  }

  /**
   * A table with a header row.
   *
   * @param columns the columns
   * @param rows the cells, one list per row with one cell per column
   * @param rowHeaders whether the first column names the row (shown in bold)
   */
  record Table(List<Column> columns, List<List<String>> rows, boolean rowHeaders) implements Block {
    /** Copies the lists and checks that every row has one cell per column. */
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "Row has " + row.size() + " cells for " + columns.size() + " columns");
        }
      }
    }
  }

  /**
   * A table column.
   *
   * @param header its header
   * @param numeric whether it holds numbers (right-aligned)
   * @param prose whether it holds running text (an example ticket): it takes the room the other
   *     columns leave and wraps anywhere, even inside a long word such as a URL
   */
  record Column(String header, boolean numeric, boolean prose) {
    /** A column of short values. */
    Column(String header, boolean numeric) {
      this(header, numeric, false);
    }
  }

  /**
   * A chart as PNG rendered at twice its display size.
   *
   * @param png the image bytes
   * @param width display width in CSS pixels or PDF points
   * @param height display height
   * @param description what the chart shows, for screen readers
   */
  record Chart(byte[] png, int width, int height, String description) implements Block {}
}
