package org.modelworkbench.app.desktop.run;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.modelworkbench.app.desktop.common.LoadingPicture;
import org.modelworkbench.model.DataTable;

/**
 * A first column of small pictures for rows of an image dataset, so an analyst sees the photos
 * behind a confusion-matrix cell, then each picture's original name in the imported folder
 * ({@code 3/0123.png}) in place of the project's internal copy, fingerprint and channel count.
 */
final class ThumbnailColumn {
  static final int SIZE = 56;
  /** Columns of the stored picture that mean nothing to an analyst; the picture and its name stand for them. */
  static final java.util.Set<String> HIDDEN = java.util.Set.of("file", "source", "sha256", "channels");

  private ThumbnailColumn() {}

  /** Whether the rows come from an image dataset: a stored file per row and its class. */
  static boolean applies(DataTable data) {
    return data != null && data.hasColumn("file") && data.hasColumn("width") && data.hasColumn("height");
  }

  /**
   * Adds the column in front of the table's columns.
   *
   * @param table the cell-rows table, already filled by {@code DataTables.show}
   * @param data its rows
   * @param resolve turns a stored relative path into the image's file
   */
  static void add(TableView<Object[]> table, DataTable data, Function<String, Path> resolve) {
    int fileColumn = data.columnIndex("file");
    TableColumn<Object[], String> pictures = new TableColumn<>("Image");
    pictures.setPrefWidth(SIZE + 16);
    pictures.setSortable(false);
    pictures.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
        cell.getValue()[fileColumn] == null ? null : cell.getValue()[fileColumn].toString()));
    pictures.setCellFactory(column -> new TableCell<>() {
      private final ImageView view = new ImageView();

      @Override
      protected void updateItem(String relative, boolean empty) {
        super.updateItem(relative, empty);
        view.imageProperty().unbind();
        view.setImage(null);
        if (empty || relative == null) {
          setGraphic(null);
          return;
        }
        // Decoded upright and in true colours in the background, scaled down smoothly; pixel art
        // (tiny digits) stays sharp.
        view.imageProperty().bind(LoadingPicture.load(resolve.apply(relative), SIZE).imageProperty());
        setGraphic(view);
      }
    });
    TableColumn<Object[], String> name = new TableColumn<>("Picture");
    name.setId("cell-picture-name");
    name.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
        CellPages.pictureName(data, cell.getValue())));
    name.setPrefWidth(120);
    table.getColumns().removeIf(column -> HIDDEN.contains(column.getText()));
    table.getColumns().add(0, name);
    table.getColumns().add(0, pictures);
    table.setFixedCellSize(SIZE + 8);
  }
}
