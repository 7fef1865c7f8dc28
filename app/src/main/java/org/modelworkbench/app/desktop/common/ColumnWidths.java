package org.modelworkbench.app.desktop.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Smallest widths for table columns, so a narrow window never cuts a header ("Preci…") or a
 * key value (a class name, a timestamp): a column gets at least the width of its header and of
 * the texts given.
 */
public final class ColumnWidths {
  /** Room around a header's text: the cell padding and the sort arrow. */
  static final double HEADER_ROOM = 26;
  /** Room around a cell's text. */
  static final double CELL_ROOM = 20;
  /** Headers and cells use the theme's font, a little larger than JavaFX's default. */
  private static final double FONT_SCALE = 14.0 / Font.getDefault().getSize();

  private ColumnWidths() {}

  /**
   * Keeps a column at least as wide as its header and as each of the texts.
   *
   * @param column the column
   * @param texts the values that must show in full (for example the longest class name)
   */
  public static void fit(TableColumn<?, ?> column, String... texts) {
    double width = textWidth(column.getText()) + HEADER_ROOM;
    for (String text : texts) {
      width = Math.max(width, textWidth(text) + CELL_ROOM);
    }
    // Only ever wider: a second call for the header alone keeps what an earlier one asked for.
    column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(width)));
    if (column.getPrefWidth() < column.getMinWidth()) {
      column.setPrefWidth(column.getMinWidth());
    }
  }

  /** The width of a text in the theme's font, bold to be safe. */
  public static double textWidth(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    Text measured = new Text(text);
    measured.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
        Font.getDefault().getSize() * FONT_SCALE));
    return measured.getLayoutBounds().getWidth();
  }
}
