package org.modelworkbench.app.desktop.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell that shows its value as text and, when the column is too narrow for it, a tooltip
 * with the full text.
 *
 * @param <S> the row type
 * @param <T> the value type
 */
public class FullTextCell<S, T> extends TableCell<S, T> {
  private final Function<T, String> text;
  private final Tooltip full = new Tooltip();

  /** A cell showing {@code toString()} of its value, or nothing for null. */
  public FullTextCell() {
    this(value -> value == null ? "" : value.toString());
  }

  /** A cell showing the value as {@code text} writes it (null values too). */
  public FullTextCell(Function<T, String> text) {
    this.text = text;
    full.textProperty().bind(textProperty());
  }

  @Override
  protected void updateItem(T item, boolean empty) {
    super.updateItem(item, empty);
    setText(empty ? null : text.apply(item));
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    CutText.showWhenCut(this, full);
  }
}
