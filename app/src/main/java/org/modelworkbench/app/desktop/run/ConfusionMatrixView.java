package org.modelworkbench.app.desktop.run;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.modelworkbench.app.desktop.common.Formats;

/**
 * The confusion matrix as a heat map with counts: a row per actual class, a column per
 * predicted class. Clicking a cell asks for the rows behind it.
 */
public final class ConfusionMatrixView {
  private ConfusionMatrixView() {}

  /**
   * Builds the heat map.
   *
   * @param labels the classes, in matrix order
   * @param matrix counts, actual class by row and predicted class by column
   * @param onCell called with the actual and predicted class of a clicked cell; null when the cells
   *     have no rows to list (for example a library model's evaluation)
   */
  public static Node create(List<String> labels, long[][] matrix, BiConsumer<String, String> onCell) {
    return create(labels, matrix, onCell, "cell-");
  }

  /**
   * Builds the heat map with its cells' ids starting with {@code idPrefix} ({@code cell-} for the
   * test split), so two matrices on one page stay apart.
   */
  public static Node create(List<String> labels, long[][] matrix, BiConsumer<String, String> onCell,
      String idPrefix) {
    GridPane grid = new GridPane();
    grid.setHgap(3);
    grid.setVgap(3);
    grid.getStyleClass().add("confusion-matrix");
    grid.setId("cell-".equals(idPrefix) ? "confusion-matrix" : idPrefix + "matrix");
    Label corner = new Label("actual ↓  predicted →");
    corner.getStyleClass().add("matrix-corner");
    grid.add(corner, 0, 0);
    for (int c = 0; c < labels.size(); c++) {
      Label head = new Label(labels.get(c));
      head.getStyleClass().add("matrix-head");
      GridPane.setHalignment(head, HPos.CENTER);
      grid.add(head, c + 1, 0);
    }
    for (int r = 0; r < labels.size(); r++) {
      Label head = new Label(labels.get(r));
      head.getStyleClass().add("matrix-head");
      grid.add(head, 0, r + 1);
      long rowTotal = 0;
      for (long count : matrix[r]) {
        rowTotal += count;
      }
      for (int c = 0; c < labels.size(); c++) {
        grid.add(cell(labels.get(r), labels.get(c), matrix[r][c], rowTotal, r == c, onCell, idPrefix), c + 1, r + 1);
      }
    }
    return grid;
  }

  private static Node cell(String actual, String predicted, long count, long rowTotal, boolean diagonal,
      BiConsumer<String, String> onCell, String idPrefix) {
    double share = HeatColors.share(count, rowTotal);
    Color background = HeatColors.background(share, diagonal);
    Label number = new Label(Formats.count(count));
    number.getStyleClass().add("matrix-count");
    Label percent = new Label(rowTotal == 0 ? "" : Formats.percent(share));
    percent.getStyleClass().add("matrix-share");
    VBox text = new VBox(0, number, percent);
    text.setAlignment(Pos.CENTER);
    StackPane pane = new StackPane(text);
    pane.getStyleClass().add("matrix-cell");
    pane.setId(idPrefix + actual + "-" + predicted);
    String textColour = HeatColors.needsLightText(background) ? "white" : "#1f2328";
    pane.setStyle("-fx-background-color: " + HeatColors.css(background) + "; -fx-background-radius: 4;");
    number.setStyle("-fx-text-fill: " + textColour + ";");
    percent.setStyle("-fx-text-fill: " + textColour + ";");
    pane.setMinSize(76, 50);
    if (onCell == null) {
      Tooltip.install(pane, new Tooltip(Formats.count(count) + " rows of " + actual + " predicted as " + predicted
          + "."));
      return pane;
    }
    pane.setCursor(Cursor.HAND);
    Tooltip.install(pane, new Tooltip(Formats.count(count) + " rows of " + actual + " predicted as " + predicted
        + ". Click to list them."));
    pane.setOnMouseClicked(event -> onCell.accept(actual, predicted));
    return pane;
  }
}
