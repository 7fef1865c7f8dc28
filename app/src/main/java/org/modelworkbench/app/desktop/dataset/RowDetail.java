package org.modelworkbench.app.desktop.dataset;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;

/**
 * Below the rows of a dataset with free text: the selected row's texts in full, wrapped, with
 * their line breaks, so a long ticket or review can be read without widening the table.
 */
final class RowDetail {
  private RowDetail() {}

  /** The detail area for a table over a browser's rows; only call for datasets with text columns. */
  static Node create(TableView<Integer> table, RowBrowser browser) {
    List<ColumnProfile> columns = browser.dataset().columns();
    Label title = new Label("Pick a row to read its text in full.");
    title.setId("row-detail-title");
    title.getStyleClass().add("subsection-title");
    TextArea text = new TextArea();
    text.setId("row-detail-text");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(5);
    text.setFocusTraversable(false);
    Runnable show = () -> {
      Integer index = table.getSelectionModel().getSelectedItem();
      Object[] row = index == null ? null : browser.pagerProperty().get().row(index);
      if (row == null) {
        title.setText("Pick a row to read its text in full.");
        text.clear();
        return;
      }
      title.setText("Row " + Formats.count(RowBrowser.rowNumber(row) + 1L));
      text.setText(detail(columns, row));
    };
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, index) -> show.run());
    browser.pagerProperty().addListener((obs, old, pager) -> show.run());
    VBox box = new VBox(4, title, text);
    box.setId("row-detail");
    box.setPadding(new Insets(0, 12, 8, 12));
    return box;
  }

  /** The texts of a row, each under its column's name when there are several. */
  static String detail(List<ColumnProfile> columns, Object[] row) {
    List<String> parts = new ArrayList<>();
    List<Integer> texts = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).type() == ColumnType.TEXT) {
        texts.add(c);
      }
    }
    for (int c : texts) {
      Object value = row[c];
      String body = value == null ? "(missing)" : value.toString();
      parts.add(texts.size() == 1 ? body : columns.get(c).name() + ":\n" + body);
    }
    return String.join("\n\n", parts);
  }
}
