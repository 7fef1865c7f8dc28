package org.modelworkbench.store.browse;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link ColumnOrder}s sorted lately, per dataset version and column, so that clicking the same
 * header again, turning the direction round or filtering while sorted costs a pass and not a sort.
 * Dataset versions never change once stored, so an order stays right for as long as the project
 * is open. Least recently used orders go first once they cover more than {@value #MAX_ROWS} rows
 * together (about 35 MB); the newest is always kept.
 */
public final class ColumnOrderCache {
  /** Rows all kept orders may cover together. */
  static final long MAX_ROWS = 8_000_000L;

  private final Map<Key, ColumnOrder> orders = new LinkedHashMap<>(16, 0.75f, true);
  private long rows;

  /**
   * The order of a column, sorted now by {@code sort} if it is not kept. Two threads asking for
   * the same new order at once may both sort it; the sort runs outside the lock.
   *
   * @param datasetId the dataset version
   * @param column the column's index
   * @param sort sorts the column
   */
  public ColumnOrder get(long datasetId, int column, Supplier<ColumnOrder> sort) {
    Key key = new Key(datasetId, column);
    synchronized (this) {
      ColumnOrder known = orders.get(key);
      if (known != null) {
        return known;
      }
    }
    ColumnOrder sorted = sort.get();
    synchronized (this) {
      ColumnOrder replaced = orders.put(key, sorted);
      rows += sorted.rowCount() - (replaced == null ? 0 : replaced.rowCount());
      Iterator<ColumnOrder> oldestFirst = orders.values().iterator();
      while (rows > MAX_ROWS && orders.size() > 1) {
        rows -= oldestFirst.next().rowCount();
        oldestFirst.remove();
      }
    }
    return sorted;
  }

  /** A column of a dataset version. */
  private record Key(long datasetId, int column) {}
}
