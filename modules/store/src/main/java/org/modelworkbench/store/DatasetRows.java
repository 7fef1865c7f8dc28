package org.modelworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.store.columnar.ColumnValues;
import org.modelworkbench.store.sql.TypedTable;

/** Reads rows of a typed dataset table back into a {@link DataTable}. */
final class DatasetRows {
  private DatasetRows() {}

  /**
   * Reads rows in ROW_NO order.
   *
   * @param stored the table and its row count
   * @param offset rows to skip
   * @param limit most rows to read; {@code -1} for all
   */
  static DataTable read(Connection c, DatasetCatalogue.StoredTable stored, int offset, int limit)
      throws SQLException {
    TypedTable layout = stored.layout();
    boolean paged = offset > 0 || limit >= 0;
    long available = Math.max(0, stored.rowCount() - offset);
    int expected = (int) Math.min(Integer.MAX_VALUE - 8, limit >= 0 ? Math.min(limit, available) : available);
    List<ColumnSchema> columns = layout.columns();
    Object[][] values = new Object[columns.size()][expected];
    int row = 0;
    try (PreparedStatement ps = c.prepareStatement(layout.selectSql(paged))) {
      if (paged) {
        ps.setLong(1, offset);
        ps.setLong(2, limit >= 0 ? limit : Long.MAX_VALUE);
      }
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (row == expected) {
            // Only if the stored count is off; keep reading rather than fail.
            expected = Math.max(16, expected * 2);
            values = grow(values, expected);
          }
          for (int col = 0; col < columns.size(); col++) {
            // Column 1 is ROW_NO.
            values[col][row] = ColumnValues.read(rs, col + 2, columns.get(col).type());
          }
          row++;
        }
      }
    }
    return new DataTable(columns, row == expected ? values : grow(values, row));
  }

  private static Object[][] grow(Object[][] values, int length) {
    Object[][] out = new Object[values.length][];
    for (int col = 0; col < values.length; col++) {
      out[col] = Arrays.copyOf(values[col], length);
    }
    return out;
  }
}
