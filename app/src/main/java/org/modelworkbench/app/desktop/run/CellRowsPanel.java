package org.modelworkbench.app.desktop.run;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.DataTables;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.DataTable;

/**
 * The panel beside the run page that lists the rows behind the last clicked confusion-matrix cell
 * (of the test split or of an evaluation on other data): its title with Show more, the rows
 * (pictures with their original names, text columns as snippets, the model's probability), and
 * for text the selected row's full text. It stands outside the page's scrolling, so it is in view
 * the moment a cell is clicked.
 */
final class CellRowsPanel {
  /** The panel's narrowest width, enough for a picture, its name and the probability. */
  static final double MIN_WIDTH = 300;

  private final Function<String, Path> images;
  private final StackPane content = new StackPane();
  private final VBox root;
  private final Map<CellListing, Node> built = new IdentityHashMap<>();
  private CellListing shown;
  private Runnable onClose = () -> { };

  /**
   * Creates the panel.
   *
   * @param images turns a stored picture's relative path into its file
   */
  CellRowsPanel(Function<String, Path> images) {
    this.images = images;
    Label heading = new Label("Rows behind a cell");
    heading.getStyleClass().add("card-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button close = new Button("", Icons.of(Material2AL.CLOSE));
    close.setId("close-cell-rows");
    close.setTooltip(new Tooltip("Close the rows"));
    close.getStyleClass().add("flat");
    close.setOnAction(event -> onClose.run());
    HBox top = new HBox(8, heading, spacer, close);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(content, Priority.ALWAYS);
    root = new VBox(10, top, content);
    root.setId("cell-panel");
    root.getStyleClass().addAll("card", "cell-panel");
    root.setMinWidth(MIN_WIDTH);
  }

  /** The panel's node. */
  Node node() {
    return root;
  }

  /** What the close button does. */
  void setOnClose(Runnable action) {
    onClose = action;
  }

  /** Shows a listing's rows (reading them is the listing's job). */
  void show(CellListing cells) {
    shown = cells;
    content.getChildren().setAll(built.computeIfAbsent(cells, this::listing));
  }

  /** The listing shown, or null. */
  CellListing shown() {
    return shown;
  }

  /**
   * One listing's part: title with Show more, the rows and the text detail.
   *
   * @return its node; ids end with "-evaluation" for a listing of an evaluation on other data
   */
  private Node listing(CellListing cells) {
    String ids = cells.isTestSplit() ? "" : "-evaluation";
    TableView<Object[]> rows = new TableView<>();
    rows.setId("cell-rows" + ids);
    rows.setPlaceholder(new Label("No rows to show yet."));
    rows.setMinHeight(160);
    VBox.setVgrow(rows, Priority.ALWAYS);
    cells.rowsProperty().addListener((obs, old, data) -> showRows(rows, data, cells));
    showRows(rows, cells.rowsProperty().get(), cells);
    rows.getSelectionModel().selectedIndexProperty().addListener(
        (obs, old, index) -> cells.select(index.intValue()));
    Label title = new Label();
    title.setId("cell-rows-title" + ids);
    title.textProperty().bind(cells.titleProperty());
    title.getStyleClass().add("hint");
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(title, Priority.ALWAYS);
    Button more = new Button("Show more");
    more.setId("cell-rows-more" + ids);
    more.setMinWidth(Region.USE_PREF_SIZE);
    more.setOnAction(event -> cells.showMore());
    Runnable moreShown = () -> {
      var page = cells.examplesProperty().get();
      boolean visible = page != null && page.hasMore();
      more.setVisible(visible);
      more.setManaged(visible);
    };
    cells.examplesProperty().addListener((obs, old, page) -> moreShown.run());
    moreShown.run();
    HBox titleLine = new HBox(8, title, more);
    titleLine.setAlignment(Pos.CENTER_LEFT);
    return new VBox(8, titleLine, rows, textDetail(cells, ids));
  }

  /** Under the rows of a text dataset's cell: the selected row's texts in full, wrapped. */
  private static Node textDetail(CellListing cells, String ids) {
    TextArea text = new TextArea();
    text.setId("cell-row-text" + ids);
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(6);
    text.setFocusTraversable(false);
    text.setPromptText("Pick a row to read its text in full.");
    text.textProperty().bind(cells.textProperty());
    VBox detail = new VBox(4, text);
    detail.setId("cell-row-detail" + ids);
    Runnable shown = () -> {
      var examples = cells.examplesProperty().get();
      boolean texts = examples != null && !examples.textColumns().isEmpty();
      detail.setVisible(texts);
      detail.setManaged(texts);
    };
    cells.examplesProperty().addListener((obs, old, examples) -> shown.run());
    shown.run();
    return detail;
  }

  private void showRows(TableView<Object[]> rows, DataTable data, CellListing cells) {
    DataTables.show(rows, data);
    var page = cells.examplesProperty().get();
    if (data != null && page != null && page.rows() == data) {
      CellTextColumns.apply(rows, page);
    }
    if (ThumbnailColumn.applies(data)) {
      ThumbnailColumn.add(rows, data, images);
    }
  }
}
