package org.modelworkbench.app.desktop.run;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.services.scoring.CellExamples;

/**
 * The cell-rows table of a text dataset: each free-text column shows a one-line snippet of its
 * text (120 characters) with the text wrapped in a tooltip, so a row stays one line high and the
 * whole ticket is read in the detail under the table; and a first column with the probability the
 * model gave its answer, for every kind of dataset.
 */
final class CellTextColumns {
  /** Width a text column starts with. */
  static final double TEXT_WIDTH = 460;
  /** The longest text a tooltip shows before it is cut. */
  static final int TOOLTIP_CHARACTERS = 1200;

  private CellTextColumns() {}

  /**
   * Turns the table's free-text columns into snippets and puts the probability in front.
   *
   * @param table the cell-rows table, already filled by {@code DataTables.show} with the page's rows
   * @param shown the listed rows
   */
  static void apply(TableView<Object[]> table, CellExamples shown) {
    List<String> texts = shown.textColumns();
    for (TableColumn<Object[], ?> column : table.getColumns()) {
      if (texts.contains(column.getText())) {
        snippets(column, shown.rows().columnIndex(column.getText()));
      }
    }
    TableColumn<Object[], String> probability = new TableColumn<>("Probability");
    probability.setId("cell-probability");
    probability.getStyleClass().add("numeric");
    probability.setPrefWidth(96);
    // Rows are listed in page order, so a row's place in the table is its place in the probabilities.
    probability.setCellValueFactory(cell -> {
      int index = table.getItems().indexOf(cell.getValue());
      return new ReadOnlyStringWrapper(index < 0 || index >= shown.probabilities().length ? ""
          : Formats.percent(shown.probabilities()[index]));
    });
    probability.setSortable(false);
    table.getColumns().add(0, probability);
  }

  @SuppressWarnings("unchecked")
  private static void snippets(TableColumn<Object[], ?> raw, int index) {
    TableColumn<Object[], String> column = (TableColumn<Object[], String>) raw;
    column.setPrefWidth(TEXT_WIDTH);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
        cell.getValue()[index] == null ? null : cell.getValue()[index].toString()));
    column.setCellFactory(c -> new TableCell<>() {
      private final Tooltip tooltip = new Tooltip();

      {
        setTextOverrun(OverrunStyle.ELLIPSIS);
        getStyleClass().add("text-cell");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        tooltip.setShowDelay(Duration.millis(500));
      }

      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        if (empty || text == null) {
          setText(null);
          setTooltip(null);
          return;
        }
        setText(CellPages.snippet(text));
        tooltip.setText(text.length() <= TOOLTIP_CHARACTERS ? text : text.substring(0, TOOLTIP_CHARACTERS) + "\u2026");
        setTooltip(tooltip);
      }
    });
  }
}
