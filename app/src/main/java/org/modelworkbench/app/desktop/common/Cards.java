package org.modelworkbench.app.desktop.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** White panels with a title, and the label/value grids that go in them. */
public final class Cards {
  private Cards() {}

  /** A card: a title above the content. */
  public static VBox card(String title, Node content) {
    Label heading = new Label(title);
    heading.getStyleClass().add("card-title");
    VBox card = new VBox(10, heading, content);
    card.getStyleClass().add("card");
    VBox.setVgrow(content, Priority.ALWAYS);
    return card;
  }

  /** A two-column grid of labels and values. */
  public static GridPane facts(Map<String, String> lines) {
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(6);
    grid.getStyleClass().add("facts");
    int row = 0;
    for (Map.Entry<String, String> line : lines.entrySet()) {
      Label label = new Label(line.getKey());
      label.getStyleClass().add("fact-label");
      Label value = new Label(line.getValue() == null || line.getValue().isEmpty() ? "–" : line.getValue());
      value.getStyleClass().add("fact-value");
      value.setWrapText(true);
      grid.addRow(row++, label, value);
    }
    return grid;
  }

  /** A big number with its name under it, for headline metrics. */
  public static VBox metric(String name, String value) {
    Label number = new Label(value);
    number.getStyleClass().add("metric-value");
    Label label = new Label(name);
    label.getStyleClass().add("metric-name");
    VBox box = new VBox(2, number, label);
    box.getStyleClass().addAll("card", "metric-card");
    return box;
  }
}
