package org.modelworkbench.app.desktop.main;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.EmptyState;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.DatasetInfo;

/** The Datasets section: every dataset in a table, or the invitation to drop a first file. */
final class DatasetsOverview {
  private DatasetsOverview() {}

  /** The overview, or the empty state when the project has no data yet. */
  static Node create(ObservableList<DatasetInfo> datasets, WindowActions actions) {
    Button importButton = new Button("Import a CSV file…", Icons.of(Material2AL.FILE_UPLOAD));
    importButton.getStyleClass().add("accent");
    importButton.setOnAction(event -> actions.importWithChooser());
    Node empty = EmptyState.create(Material2AL.FILE_UPLOAD, "Drop a CSV file here to start",
        "Drag one or more CSV files from your file manager anywhere onto this window, or pick them with "
            + "File ▸ Import… (Ctrl+I). Model Workbench profiles every column and keeps each version.",
        importButton);
    TableView<DatasetInfo> table = new TableView<>(datasets);
    table.setId("datasets-table");
    table.setPlaceholder(empty);
    table.getColumns().add(column("Dataset", DatasetInfo::name, 200));
    table.getColumns().add(column("Version", DatasetInfo::version, 80));
    table.getColumns().add(column("Rows", d -> Formats.count(d.rows()), 100));
    table.getColumns().add(column("Columns", d -> d.columns().size(), 80));
    table.getColumns().add(column("Rejected rows", d -> Formats.count(d.rejectedRows()), 110));
    table.getColumns().add(column("Imported", d -> Formats.dateTime(d.importedAt()), 150));
    table.getColumns().add(column("Source file", DatasetInfo::sourceFile, 360));
    table.setRowFactory(view -> {
      TableRow<DatasetInfo> row = new TableRow<>();
      row.setOnMouseClicked(event -> {
        if (event.getClickCount() == 2 && !row.isEmpty()) {
          actions.select("dataset:" + row.getItem().id());
        }
      });
      return row;
    });
    Label title = new Label("Datasets");
    title.getStyleClass().add("page-title");
    Label subtitle = new Label("Double-click a dataset to browse its rows and columns. Drop more CSV files anywhere "
        + "on the window to import them.");
    subtitle.getStyleClass().add("page-subtitle");
    VBox header = new VBox(2, title, subtitle);
    PageHeader.style(header);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox body = new VBox(table);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    VBox page = new VBox(header, body);
    page.getStyleClass().add("page");
    page.setId("datasets-overview");
    return page;
  }

  private static <T> TableColumn<DatasetInfo, T> column(String title, Function<DatasetInfo, T> value, double width) {
    TableColumn<DatasetInfo, T> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
