package org.modelworkbench.store.browse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.WorkbenchException;

/**
 * Answers a {@link RowQuery} with the kept row indexes in its order: filters first, then the rows
 * left in the {@link ColumnOrder} of the sort column. Each column the query names is loaded at most
 * once as {@link ColumnKeys}.
 */
public final class RowQueries {
  /** Loads one whole column by index. */
  @FunctionalInterface
  public interface ColumnLoader {
    ColumnKeys load(int column) throws IOException;
  }

  /** Gives the order of a whole column, sorting it from its keys when it is not known yet. */
  @FunctionalInterface
  public interface OrderSource {
    public ColumnOrder order(int column, Supplier<ColumnKeys> keys);
  }

  private RowQueries() {}

  /**
   * The row indexes a query keeps, in its order.
   *
   * @param query the query
   * @param datasetName the dataset's name, for messages
   * @param columns the dataset's columns
   * @param rowCount the dataset's number of rows
   * @param loader loads a column
   * @param orders gives the order of the sort column
   * @param cancel checked between steps and while scanning
   * @throws WorkbenchException if the query names a column the dataset does not have
   * @throws UncheckedIOException if a column cannot be read
   */
  public static int[] order(RowQuery query, String datasetName, List<ColumnSchema> columns, int rowCount,
      ColumnLoader loader, OrderSource orders, CancellationToken cancel) {
    Map<String, Integer> indexes = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      indexes.put(columns.get(c).name(), c);
    }
    Map<String, ColumnKeys> loaded = new HashMap<>();
    Function<String, ColumnKeys> column = name -> loaded.computeIfAbsent(name, n -> {
      cancel.throwIfCancelled();
      try {
        return loader.load(indexes.get(n));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    for (RowFilter filter : query.filters()) {
      requireColumn(indexes, datasetName, columns, filter.column());
    }
    if (query.sort() != null) {
      requireColumn(indexes, datasetName, columns, query.sort().column());
    }
    int[] rows = query.filters().isEmpty() ? null : RowFilters.apply(rowCount, query.filters(), column, cancel);
    cancel.throwIfCancelled();
    if (query.sort() == null) {
      return rows == null ? allRows(rowCount) : rows;
    }
    String sortColumn = query.sort().column();
    ColumnOrder order = orders.order(indexes.get(sortColumn), () -> column.apply(sortColumn));
    cancel.throwIfCancelled();
    return order.order(rows, query.sort().ascending());
  }

  private static int[] allRows(int rowCount) {
    int[] rows = new int[rowCount];
    for (int r = 0; r < rowCount; r++) {
      rows[r] = r;
    }
    return rows;
  }

  private static void requireColumn(Map<String, Integer> indexes, String datasetName, List<ColumnSchema> columns,
      String name) {
    if (!indexes.containsKey(name)) {
      throw new WorkbenchException("The dataset '" + datasetName + "' has no column '" + name + "'. Its columns are: "
          + String.join(", ", columns.stream().map(ColumnSchema::name).toList()) + ".");
    }
  }
}
