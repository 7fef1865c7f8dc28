package org.modelworkbench.app.desktop.dataset;

import java.util.AbstractList;
import javafx.collections.ObservableListBase;

/**
 * The row numbers 0..size-1 as an observable list that holds nothing, so a table can show a
 * million rows. Its size changes in place ({@link #resize}), because a table given a new items
 * list forgets the column it is sorted by.
 */
final class IndexList extends ObservableListBase<Integer> {
  private int size;

  IndexList(int size) {
    this.size = size;
  }

  /**
   * Changes the number of rows, telling listeners that every row was replaced.
   *
   * @param newSize the new number of rows
   */
  void resize(int newSize) {
    int oldSize = size;
    size = newSize;
    beginChange();
    if (oldSize > 0) {
      nextRemove(0, new Range(oldSize));
    }
    if (newSize > 0) {
      nextAdd(0, newSize);
    }
    endChange();
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return index;
  }

  @Override
  public int size() {
    return size;
  }

  /** The numbers 0..size-1, for the removed part of a change. */
  private static final class Range extends AbstractList<Integer> {
    private final int size;

    Range(int size) {
      this.size = size;
    }

    @Override
    public Integer get(int index) {
      return index;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
