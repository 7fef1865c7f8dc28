package org.modelworkbench.app.desktop.dataset;

import java.util.AbstractList;

/** The row numbers 0..size-1 as a list that holds nothing, so a table can show a million rows. */
final class IndexList extends AbstractList<Integer> {
  private final int size;

  IndexList(int size) {
    this.size = size;
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
}
