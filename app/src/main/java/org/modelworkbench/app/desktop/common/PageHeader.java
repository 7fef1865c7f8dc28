package org.modelworkbench.app.desktop.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The header of a page (title, a line of facts, actions). In a narrow window the facts give way
 * (cut with "…", whole in a tooltip) and the action buttons keep their full labels: "Train
 * model…" shrunk to "T…" says nothing.
 */
public final class PageHeader {
  private PageHeader() {}

  /** Styles {@code header} as a page header and keeps its buttons whole. */
  public static void style(Region header) {
    header.getStyleClass().add("page-header");
    keepButtonsWhole(header);
  }

  private static void keepButtonsWhole(Node node) {
    if (node instanceof ButtonBase button) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    } else if (node instanceof Labeled label && label.getStyleClass().contains("page-subtitle")
        && label.getTooltip() == null) {
      Tooltip whole = new Tooltip();
      whole.textProperty().bind(label.textProperty());
      label.setTooltip(whole);
    } else if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(PageHeader::keepButtonsWhole);
    }
  }
}
