package org.modelworkbench.app.desktop.common;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Two panels side by side while the width holds both at their smallest, the second taking the
 * room left; one under the other, both as wide as the page, when it does not. So on a small
 * screen (or beside the cell rows) the confusion matrix and the per-class table, or a comparison's
 * settings and metrics, are never squeezed until their labels are cut.
 */
public final class SideBySide extends Region {
  private final Region first;
  private final Region second;
  private final double gap;

  /**
   * Lays out two panels.
   *
   * @param first the left (or upper) panel, kept at its preferred width when beside the other
   * @param second the right (or lower) panel, given the rest of the width
   * @param gap the space between them
   */
  public SideBySide(Region first, Region second, double gap) {
    this.first = first;
    this.second = second;
    this.gap = gap;
    getChildren().addAll(first, second);
  }

  /** Whether the two fit beside each other in this width. */
  public boolean beside(double width) {
    return width >= first.prefWidth(-1) + gap + second.minWidth(-1);
  }

  /** Whether the panels are side by side at the current width. */
  public boolean isBeside() {
    return beside(getWidth());
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    return Math.max(first.minWidth(-1), second.minWidth(-1)) + snappedLeftInset() + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return first.prefWidth(-1) + gap + second.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    double inner = width < 0 ? computePrefWidth(-1) : width - snappedLeftInset() - snappedRightInset();
    double h;
    if (beside(inner)) {
      double firstWidth = first.prefWidth(-1);
      h = Math.max(first.prefHeight(firstWidth), second.prefHeight(inner - firstWidth - gap));
    } else {
      h = first.prefHeight(inner) + gap + second.prefHeight(inner);
    }
    return h + snappedTopInset() + snappedBottomInset();
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    double width = getWidth() - x - snappedRightInset();
    if (beside(width)) {
      double firstWidth = first.prefWidth(-1);
      double secondWidth = width - firstWidth - gap;
      double height = Math.max(first.prefHeight(firstWidth), second.prefHeight(secondWidth));
      first.resizeRelocate(x, y, firstWidth, height);
      second.resizeRelocate(x + firstWidth + gap, y, secondWidth, height);
    } else {
      double firstHeight = first.prefHeight(width);
      first.resizeRelocate(x, y, width, firstHeight);
      second.resizeRelocate(x, y + firstHeight + gap, width, second.prefHeight(width));
    }
  }
}
