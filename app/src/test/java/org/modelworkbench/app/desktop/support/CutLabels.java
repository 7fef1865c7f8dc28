package org.modelworkbench.app.desktop.support;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.modelworkbench.app.desktop.common.CutText;

/**
 * Finds the labels a user cannot read whole: drawn with "…" in place of their end, or running past
 * the edge of the area that shows them (a sidebar, a table's visible part).
 */
public final class CutLabels {
  private CutLabels() {}

  /**
   * The shown labels under {@code root} whose text is cut or whose drawn text reaches past
   * {@code area}'s right edge, described as "text (shown as …)".
   */
  public static List<String> in(Node root, Node area) {
    List<String> cut = new ArrayList<>();
    Bounds edge = area.localToScene(area.getLayoutBounds());
    collect(root, edge, cut);
    return cut;
  }

  private static void collect(Node node, Bounds edge, List<String> cut) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
      Text drawn = drawnText(labeled);
      if (CutText.isCut(labeled)) {
        cut.add(labeled.getText() + " (shown as " + (drawn == null ? "nothing" : drawn.getText()) + ")");
      } else if (drawn != null && !drawn.getText().isEmpty()) {
        Bounds text = drawn.localToScene(drawn.getLayoutBounds());
        if (text.getMaxX() > edge.getMaxX() + 1) {
          cut.add(labeled.getText() + " (runs " + Math.round(text.getMaxX() - edge.getMaxX()) + " px past the edge)");
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, edge, cut);
      }
    }
  }

  private static Text drawnText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text text && child.getStyleClass().contains("text")) {
        return text;
      }
    }
    return null;
  }
}
