package org.modelworkbench.app.desktop.run;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls a page sideways so a node of it is in view (a clicked matrix cell, once the cell rows open). */
final class PageScrolls {
  /** Room kept beside the node. */
  private static final double MARGIN = 12;

  private PageScrolls() {}

  /** Scrolls the page sideways, if needed, so the node with this id is whole in view; nothing if it is not found. */
  static void reveal(ScrollPane scroll, String id) {
    if (scroll == null || !(scroll.getContent() instanceof Parent content)) {
      return;
    }
    Node node = find(content, id);
    if (node == null) {
      return;
    }
    double viewport = scroll.getViewportBounds().getWidth();
    double width = content.getLayoutBounds().getWidth();
    if (width <= viewport) {
      return;
    }
    Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    double left = scroll.getHvalue() * (width - viewport);
    if (at.getMaxX() + MARGIN > left + viewport) {
      left = at.getMaxX() + MARGIN - viewport;
    }
    if (at.getMinX() - MARGIN < left) {
      left = Math.max(0, at.getMinX() - MARGIN);
    }
    scroll.setHvalue(Math.min(1, left / (width - viewport)));
  }

  /** The node with this id (ids of class names may hold any character, so no CSS look-up). */
  private static Node find(Parent parent, String id) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (id.equals(child.getId())) {
        return child;
      }
      if (child instanceof Parent inner) {
        Node found = find(inner, id);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
