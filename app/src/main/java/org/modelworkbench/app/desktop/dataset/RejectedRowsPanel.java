package org.modelworkbench.app.desktop.dataset;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.modelworkbench.model.RejectedRow;

/** The rows the import left out, with their line numbers and reasons. */
final class RejectedRowsPanel {
  private RejectedRowsPanel() {}

  static TableView<RejectedRow> create(DatasetViewModel model) {
    TableView<RejectedRow> table = new TableView<>(model.rejected());
    table.setId("rejected-rows");
    table.setPlaceholder(new Label(model.dataset().rejectedRows() == 0
        ? "No rows were rejected: every line of the file was read." : "Reading the rejected rows…"));
    TableColumn<RejectedRow, Long> line = new TableColumn<>("Line");
    line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
    line.setPrefWidth(80);
    line.getStyleClass().add("numeric");
    TableColumn<RejectedRow, String> reason = new TableColumn<>("Why it was left out");
    reason.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reason()));
    reason.setPrefWidth(380);
    TableColumn<RejectedRow, String> content = new TableColumn<>("Content");
    content.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().content()));
    content.setPrefWidth(480);
    table.getColumns().add(line);
    table.getColumns().add(reason);
    table.getColumns().add(content);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }
}
