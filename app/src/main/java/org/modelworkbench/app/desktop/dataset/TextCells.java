package org.modelworkbench.app.desktop.dataset;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import javafx.util.Duration;

/**
 * Cells of a free-text column in the rows table: the text wrapped over the row's
 * {@value #LINES} lines and cut with "…" after them, the whole text (up to
 * {@value #TOOLTIP_CHARACTERS} characters) in a tooltip, and in full in the selected row's detail
 * below the table.
 */
final class TextCells {
  /** Lines of text a row shows. */
  static final int LINES = 3;
  /** Height of a row of a dataset with a text column, for {@value #LINES} lines of the table font. */
  static final double ROW_HEIGHT = 58;
  /** Width a text column starts with. */
  static final double COLUMN_WIDTH = 420;
  /** The longest text a tooltip shows before it is cut. */
  static final int TOOLTIP_CHARACTERS = 1200;

  private TextCells() {}

  static Callback<TableColumn<Integer, String>, TableCell<Integer, String>> factory() {
    return column -> new TableCell<>() {
      private final Tooltip tooltip = new Tooltip();

      {
        setWrapText(true);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        getStyleClass().add("text-cell");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        tooltip.setShowDelay(Duration.millis(600));
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setText(null);
          setTooltip(null);
          return;
        }
        // Line breaks inside a text would make the rows uneven; the detail keeps them.
        setText(oneLine(item));
        if (item.length() > 60) {
          tooltip.setText(shortened(item, TOOLTIP_CHARACTERS));
          setTooltip(tooltip);
        } else {
          setTooltip(null);
        }
      }
    };
  }

  /** The text with runs of spaces and line breaks as single spaces. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The text cut after {@code max} characters with "…". */
  static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
