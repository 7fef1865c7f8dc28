package org.modelworkbench.app.desktop.dataset;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.gallery.ImageGalleryView;
import org.modelworkbench.app.desktop.gallery.ImageGalleryViewModel;
import org.modelworkbench.model.ColumnProfile;

/**
 * The dataset view: a header with the Export… and Train buttons, then tabs for the rows (sorted and filtered
 * by the project), the column profiles, the class balance, the data-quality findings and the
 * rejected rows. An image dataset's Images tab comes first, with its pictures by class and the
 * files its import left out (instead of the rejected rows).
 */
public final class DatasetView {
  private final DatasetViewModel model;
  private final VBox root;
  private TabPane tabs;
  private Tab columnsTab;

  /**
   * Builds the view.
   *
   * @param model the dataset's view model
   * @param onTrain opens the train dialog with the chosen target (or null); the columns to leave
   *     out are in {@link DatasetViewModel#leftOut()}
   */
  public DatasetView(DatasetViewModel model, Consumer<String> onTrain) {
    this(model, null, onTrain);
  }

  /**
   * Builds the view of a dataset that may hold pictures.
   *
   * @param model the dataset's view model
   * @param images the gallery of an image dataset, or null for other datasets; when given, an
   *     Images tab comes first and is shown, and it names the files the import left out
   * @param onTrain opens the train dialog with the chosen target (or null)
   */
  public DatasetView(DatasetViewModel model, ImageGalleryViewModel images, Consumer<String> onTrain) {
    this(model, images, onTrain, null, null);
  }

  /**
   * Builds the view with Export… beside Train.
   *
   * @param model the dataset's view model
   * @param images the gallery of an image dataset, or null for other datasets
   * @param onTrain opens the train dialog with the chosen target (or null)
   * @param files asks where to save the export; null leaves Export… out
   * @param exporter exports the rows as the view shows them; null leaves Export… out
   */
  public DatasetView(DatasetViewModel model, ImageGalleryViewModel images, Consumer<String> onTrain,
      FileDialogs files, DatasetExporter exporter) {
    this.model = model;
    Label title = new Label(model.dataset().name());
    title.getStyleClass().add("page-title");
    Label summary = new Label(model.summary());
    summary.getStyleClass().add("page-subtitle");
    summary.setId("dataset-summary");
    // On a small screen the summary wraps instead of cutting its last words (when it was imported).
    summary.setWrapText(true);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    VBox heading = new VBox(2, title, summary);
    heading.setMinWidth(0);
    HBox.setHgrow(heading, Priority.ALWAYS);
    Region spacer = new Region();
    Button train = new Button("Train model…", Icons.of(Material2MZ.MODEL_TRAINING));
    train.setId("train-button");
    train.getStyleClass().add("accent");
    train.setOnAction(event -> onTrain.accept(model.targetProperty().get()));
    HBox header = new HBox(12, heading, spacer);
    if (files != null && exporter != null) {
      Button export = new Button("Export…", Icons.of(Material2MZ.SAVE_ALT));
      export.setId("export-dataset-button");
      export.setTooltip(new Tooltip("Save the rows as shown (filter, sort, without the columns left out of "
          + "training) as a CSV file or an Excel workbook"));
      export.setOnAction(event -> files.saveFile("Export " + model.dataset().name(), exporter.suggestedName(),
          List.of(FileType.CSV_FILE, FileType.EXCEL)).ifPresent(exporter::export));
      header.getChildren().add(export);
    }
    header.getChildren().add(train);
    header.getChildren().forEach(child -> {
      if (child instanceof Button button) {
        // Buttons keep their whole words ("Train model…"); the summary beside them wraps.
        button.setMinWidth(Region.USE_PREF_SIZE);
      }
    });
    header.setAlignment(Pos.CENTER_LEFT);
    PageHeader.style(header);

    TabPane tabs = new TabPane(rowsTab(), columnsTab(), balanceTab(), qualityTab());
    if (images == null) {
      tabs.getTabs().add(rejectedTab());
    } else {
      tabs.getTabs().add(0, imagesTab(images));
      tabs.getSelectionModel().select(0);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    this.tabs = tabs;
    tabs.setId("dataset-tabs");
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root = new VBox(header, tabs);
    root.getStyleClass().add("page");
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  /** Shows the Columns tab with a column's profile (after its type was switched, for example). */
  public void showColumn(String column) {
    model.dataset().column(column).ifPresent(model.selectedColumnProperty()::set);
    tabs.getSelectionModel().select(columnsTab);
  }

  /** The view model. */
  public DatasetViewModel model() {
    return model;
  }

  private Tab rowsTab() {
    TableView<Integer> table = RowsTable.create(model.rows(), model.dataset().columns());
    table.setId("rows-table");
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(8, FilterBar.create(model.rows()), table);
    if (model.dataset().columns().stream().anyMatch(c -> c.type() == org.modelworkbench.model.ColumnType.TEXT)) {
      box.getChildren().add(RowDetail.create(table, model.rows()));
    }
    box.setPadding(new Insets(8, 0, 0, 0));
    Tab tab = new Tab("Rows", box);
    tab.setGraphic(Icons.of(Material2MZ.TABLE_ROWS));
    return tab;
  }

  private static Tab imagesTab(ImageGalleryViewModel images) {
    Tab tab = new Tab("Images", new ImageGalleryView(images).node());
    tab.setId("images-tab");
    tab.setGraphic(Icons.of(Material2MZ.PHOTO_LIBRARY));
    tab.setOnSelectionChanged(event -> {
      if (tab.isSelected()) {
        images.load();
      }
    });
    images.load();
    return tab;
  }

  private Tab qualityTab() {
    QualityFindings quality = model.quality();
    Tab tab = new Tab("Quality", QualityPanel.create(model));
    tab.setId("quality-tab");
    Runnable title = () -> {
      int serious = quality.seriousProperty().get();
      tab.setText(serious == 0 ? "Quality" : "Quality (" + serious + ")");
      tab.setGraphic(serious == 0 ? Icons.of(org.kordamp.ikonli.material2.Material2AL.CHECK_CIRCLE_OUTLINE)
          : Icons.of(Material2MZ.WARNING));
      tab.getStyleClass().removeAll("quality-serious");
      if (serious > 0) {
        tab.getStyleClass().add("quality-serious");
      }
    };
    quality.seriousProperty().addListener((obs, old, count) -> title.run());
    title.run();
    tab.setOnSelectionChanged(event -> {
      if (tab.isSelected() && !quality.checkedProperty().get()) {
        model.checkQuality();
      }
    });
    quality.loadStored();
    return tab;
  }

  private Tab columnsTab() {
    TableView<ColumnProfile> columns = new TableView<>(FXCollections.observableArrayList(model.dataset().columns()));
    columns.setId("columns-table");
    columns.getColumns().add(textColumn("Column", 160, c -> c.name()));
    columns.getColumns().add(textColumn("Type", 90, c -> c.type().label()));
    TableColumn<ColumnProfile, Long> missing = new TableColumn<>("Missing");
    missing.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().missing()));
    missing.getStyleClass().add("numeric");
    TableColumn<ColumnProfile, Long> distinct = new TableColumn<>("Distinct");
    distinct.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().distinct()));
    distinct.getStyleClass().add("numeric");
    columns.getColumns().add(missing);
    columns.getColumns().add(distinct);
    columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ColumnProfilePanel panel = new ColumnProfilePanel(model.dataset().rows(), model.texts());
    columns.getSelectionModel().selectedItemProperty().addListener((obs, old, column) -> {
      if (column != null) {
        model.selectedColumnProperty().set(column);
      }
    });
    model.selectedColumnProperty().addListener((obs, old, column) -> {
      model.texts().show(column);
      panel.show(column);
    });
    model.texts().show(model.selectedColumnProperty().get());
    panel.show(model.selectedColumnProperty().get());
    if (model.selectedColumnProperty().get() != null) {
      columns.getSelectionModel().select(model.selectedColumnProperty().get());
    }
    SplitPane split = new SplitPane(columns, panel.node());
    split.setDividerPositions(0.42);
    Tab tab = new Tab("Columns", split);
    tab.setId("columns-tab");
    tab.setGraphic(Icons.of(Material2MZ.VIEW_COLUMN));
    columnsTab = tab;
    model.selectedColumnProperty().addListener((obs, old, column) -> {
      if (column != null && columns.getSelectionModel().getSelectedItem() != column) {
        columns.getSelectionModel().select(column);
      }
    });
    return tab;
  }

  private Tab balanceTab() {
    Tab tab = new Tab("Class balance", new ClassBalancePanel(model).node());
    tab.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2AL.BAR_CHART));
    return tab;
  }

  private Tab rejectedTab() {
    long count = model.dataset().rejectedRows();
    Tab tab = new Tab(count == 0 ? "Rejected rows" : "Rejected rows (" + count + ")", RejectedRowsPanel.create(model));
    tab.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2AL.ERROR_OUTLINE));
    tab.setOnSelectionChanged(event -> {
      if (tab.isSelected()) {
        model.loadRejected();
      }
    });
    return tab;
  }

  private static TableColumn<ColumnProfile, String> textColumn(String title, double width,
      java.util.function.Function<ColumnProfile, String> value) {
    TableColumn<ColumnProfile, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
