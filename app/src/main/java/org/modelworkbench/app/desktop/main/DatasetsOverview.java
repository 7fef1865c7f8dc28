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
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.modelworkbench.app.desktop.common.EmptyState;
import org.modelworkbench.app.desktop.common.FullTextCell;
import org.modelworkbench.app.desktop.dropimport.DropRules;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.DatasetInfo;

/**
 * The Datasets section: the welcome panel when it shows, every dataset in a table, the project's
 * name while it opens, or the invitation to bring a first file or folder.
 */
final class DatasetsOverview {
  /** The empty state's heading. */
  static final String EMPTY_TITLE = "Drop your data here to start";

  private DatasetsOverview() {}

  /** The overview, or the empty state when the project has no data yet. */
  static Node create(MainViewModel model, WindowActions actions, Node welcome) {
    ObservableList<DatasetInfo> datasets = model.datasets();
    Button importButton = new Button("Import File…", Icons.of(Material2AL.FILE_UPLOAD));
    importButton.setId("empty-import-file");
    importButton.getStyleClass().add("accent");
    importButton.setOnAction(event -> actions.importWithChooser());
    Button folderButton = new Button("Import Folder…", Icons.of(Material2AL.FOLDER_OPEN));
    folderButton.setId("empty-import-folder");
    folderButton.setOnAction(event -> actions.importFolderWithChooser());
    Node empty = EmptyState.create(Material2AL.FILE_UPLOAD, EMPTY_TITLE,
        "Model Workbench reads " + DropRules.ACCEPTED_DATA + ". Drag them from your file manager anywhere onto "
            + "this window, or pick them with File ▸ Import File… (Ctrl+I) or Import Folder… (Ctrl+Shift+I). "
            + "Every column is profiled and each version kept.",
        importButton, folderButton);
    empty.setId("datasets-empty");
    Node loading = loading(model);
    StackPane placeholder = new StackPane(empty, loading);
    empty.visibleProperty().bind(loading.visibleProperty().not());
    TableView<DatasetInfo> table = new TableView<>(datasets);
    table.setId("datasets-table");
    table.setPlaceholder(placeholder);
    // Beside the welcome panel on a small screen the table keeps a few rows and scrolls.
    table.setMinHeight(140);
    table.getColumns().add(column("Dataset", DatasetInfo::name, 180));
    table.getColumns().add(column("Version", DatasetInfo::version, 80));
    table.getColumns().add(column("Rows", d -> Formats.count(d.rows()), 90));
    table.getColumns().add(column("Columns", d -> d.columns().size(), 90));
    table.getColumns().add(column("Rejected rows", d -> Formats.count(d.rejectedRows()), 125));
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
    Label subtitle = new Label("Double-click a dataset to browse its rows and columns. Drop more files or folders "
        + "anywhere on the window to import them.");
    subtitle.getStyleClass().add("page-subtitle");
    subtitle.setWrapText(true);
    subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox header = new VBox(2, title, subtitle);
    PageHeader.style(header);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox body = new VBox(16, welcome, table);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    VBox page = new VBox(header, body);
    page.getStyleClass().add("page");
    page.setId("datasets-overview");
    return page;
  }

  /** "Opening Loans 2025…" with a spinner, while a project opens: its data is on its way, not gone. */
  private static Node loading(MainViewModel model) {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setMaxSize(48, 48);
    Label heading = new Label();
    heading.setId("datasets-loading");
    heading.getStyleClass().add("empty-title");
    heading.setWrapText(true);
    heading.textProperty().bind(Bindings.concat("Opening ", model.session().openingNameProperty(), "…"));
    Label hint = new Label("Its datasets, models and runs appear in a moment.");
    hint.getStyleClass().add("empty-hint");
    VBox box = new VBox(12, spinner, heading, hint);
    box.setAlignment(Pos.CENTER);
    box.setMaxWidth(480);
    box.getStyleClass().add("empty-state");
    box.visibleProperty().bind(model.session().openingNameProperty().isNotEmpty());
    return box;
  }

  private static <T> TableColumn<DatasetInfo, T> column(String title, Function<DatasetInfo, T> value, double width) {
    TableColumn<DatasetInfo, T> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(c -> new FullTextCell<>());
    column.setPrefWidth(width);
    return column;
  }
}
