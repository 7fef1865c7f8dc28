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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.modelworkbench.app.desktop.common.Formats;

/**
 * The confusion matrix as a heat map with counts: a row per actual class, a column per
 * predicted class. Clicking a cell asks for the rows behind it.
 */
public final class ConfusionMatrixView {
  /** Beyond this many classes the cells are drawn smaller. */
  static final int COMPACT_ABOVE = 6;

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
    // Two short lines keep the label column narrow, so the class names beside it have room.
    Label corner = new Label("actual ↓\npredicted →");
    corner.getStyleClass().add("matrix-corner");
    corner.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    grid.add(corner, 0, 0);
    boolean compact = labels.size() > COMPACT_ABOVE;
    for (int c = 0; c < labels.size(); c++) {
      Label head = head(labels.get(c), "Predicted " + labels.get(c));
      GridPane.setHalignment(head, HPos.CENTER);
      grid.add(head, c + 1, 0);
    }
    for (int r = 0; r < labels.size(); r++) {
      Label head = head(labels.get(r), "Actual " + labels.get(r));
      grid.add(head, 0, r + 1);
      long rowTotal = 0;
      for (long count : matrix[r]) {
        rowTotal += count;
      }
      for (int c = 0; c < labels.size(); c++) {
        grid.add(cell(labels.get(r), labels.get(c), matrix[r][c], rowTotal, r == c, onCell, idPrefix, compact),
            c + 1, r + 1);
      }
    }
    grid.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    return grid;
  }

  /**
   * A class name over a column or before a row: never shrunk below its text, so it is not cut to
   * "…" on a small screen; the tooltip says whether it is the actual or the predicted class.
   */
  private static Label head(String label, String tooltip) {
    Label head = new Label(label);
    head.getStyleClass().add("matrix-head");
    head.setMinWidth(Region.USE_PREF_SIZE);
    head.setTooltip(new Tooltip(tooltip));
    return head;
  }

  private static Node cell(String actual, String predicted, long count, long rowTotal, boolean diagonal,
      BiConsumer<String, String> onCell, String idPrefix, boolean compact) {
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
    // Many classes get smaller cells, so a ten-class matrix fits a 1024-pixel window.
    pane.setMinSize(compact ? 60 : 76, compact ? 44 : 50);
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
