package org.modelworkbench.app.desktop.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Whether a label, button or cell shows less than its text (its skin put "…" in place of the end
 * because the room was too small), and a tooltip with the full text on those that do, so nothing
 * is lost on a small screen.
 */
public final class CutText {
  private CutText() {}

  /**
   * Whether the labeled is drawn with less than its text. Before its first layout (no text drawn
   * yet) it counts as not cut.
   */
  public static boolean isCut(Labeled labeled) {
    String full = labeled.getText();
    // A graphic-only labeled draws no text of its own (its graphic's labels are checked themselves).
    if (full == null || full.isEmpty() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
      return false;
    }
    for (Node child : labeled.getChildrenUnmodifiable()) {
      // The skin draws the text in one Text child of style class "text" (LabeledText).
      if (child instanceof Text shown && child.getStyleClass().contains("text")) {
        return !full.equals(shown.getText());
      }
    }
    return false;
  }

  /** Gives the labeled a tooltip with its full text whenever a layout leaves it cut. */
  public static void tooltipWhenCut(Labeled labeled) {
    Tooltip full = new Tooltip();
    full.textProperty().bind(labeled.textProperty());
    full.setWrapText(true);
    full.setMaxWidth(480);
    labeled.needsLayoutProperty().addListener((obs, old, needs) -> {
      if (!needs) {
        showWhenCut(labeled, full);
      }
    });
  }

  /** Sets or removes the tooltip after a layout (for cells, from their {@code layoutChildren}). */
  public static void showWhenCut(Labeled labeled, Tooltip full) {
    boolean cut = isCut(labeled);
    if (cut && labeled.getTooltip() != full) {
      labeled.setTooltip(full);
    } else if (!cut && labeled.getTooltip() == full) {
      labeled.setTooltip(null);
    }
  }
}
