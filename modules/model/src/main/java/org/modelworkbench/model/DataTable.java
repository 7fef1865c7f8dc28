package org.modelworkbench.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable in-memory table, stored column by column.
 *
 * <p>Each column holds values of the Java type that {@link ColumnType} names, or {@code null} for a
 * missing value. Column names are unique.
 */
public final class DataTable {
  private final List<ColumnSchema> columns;
  private final Object[][] values;
  private final int rowCount;
  private final Map<String, Integer> indexByName;

  /**
   * Creates a table from column arrays.
   *
   * @param columns the schema, one entry per column
   * @param values one array per column, all of the same length
   */
  public DataTable(List<ColumnSchema> columns, Object[][] values) {
    this.columns = List.copyOf(columns);
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "Expected " + columns.size() + " column arrays but got " + values.length);
    }
    this.rowCount = values.length == 0 ? 0 : values[0].length;
    this.indexByName = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      if (values[c].length != rowCount) {
        throw new IllegalArgumentException("Column " + columns.get(c).name() + " has a different length");
      }
      if (indexByName.put(columns.get(c).name(), c) != null) {
        throw new IllegalArgumentException("Duplicate column name: " + columns.get(c).name());
      }
    }
    this.values = values;
  }

  /** Builds a table from rows; each row holds one value per column. */
  public static DataTable fromRows(List<ColumnSchema> columns, List<Object[]> rows) {
    Object[][] cols = new Object[columns.size()][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      for (int c = 0; c < columns.size(); c++) {
        cols[c][r] = row[c];
      }
    }
    return new DataTable(columns, cols);
  }

  /** The schema. */
  public List<ColumnSchema> columns() {
    return columns;
  }

  /** Column names in order. */
  public List<String> columnNames() {
    List<String> names = new ArrayList<>(columns.size());
    columns.forEach(c -> names.add(c.name()));
    return names;
  }

  /** Number of rows. */
  public int rowCount() {
    return rowCount;
  }

  /** Number of columns. */
  public int columnCount() {
    return columns.size();
  }

  /** Whether a column of that exact name exists. */
  public boolean hasColumn(String name) {
    return indexByName.containsKey(name);
  }

  /**
   * Index of a column.
   *
   * @throws IllegalArgumentException if there is no such column
   */
  public int columnIndex(String name) {
    Integer index = indexByName.get(name);
    if (index == null) {
      throw new IllegalArgumentException("No column named '" + name + "'");
    }
    return index;
  }

  /** The schema of a column by name. */
  public ColumnSchema column(String name) {
    return columns.get(columnIndex(name));
  }

  /** A value, or null when missing. */
  public Object value(int row, int column) {
    return values[column][row];
  }

  /** A copy of one column's values. */
  public Object[] columnValues(int column) {
    return values[column].clone();
  }

  /** A copy of one row's values. */
  public Object[] row(int row) {
    Object[] out = new Object[columns.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = values[c][row];
    }
    return out;
  }

  /**
   * A column as numbers: numbers as they are, booleans as 0/1, dates as epoch days, timestamps as
   * epoch seconds, and NaN for missing or text values.
   */
  public double[] numericColumn(int column) {
    double[] out = new double[rowCount];
    for (int r = 0; r < rowCount; r++) {
      out[r] = toDouble(values[column][r]);
    }
    return out;
  }

  /** A column as text ({@code null} stays null). */
  public String[] textColumn(int column) {
    String[] out = new String[rowCount];
    for (int r = 0; r < rowCount; r++) {
      Object v = values[column][r];
      out[r] = v == null ? null : v.toString();
    }
    return out;
  }

  /** The rows at the given indexes, in that order. */
  public DataTable selectRows(int[] rows) {
    Object[][] out = new Object[columns.size()][rows.length];
    for (int c = 0; c < columns.size(); c++) {
      for (int i = 0; i < rows.length; i++) {
        out[c][i] = values[c][rows[i]];
      }
    }
    return new DataTable(columns, out);
  }

  /** The named columns only, in the given order. */
  public DataTable selectColumns(List<String> names) {
    List<ColumnSchema> schema = new ArrayList<>(names.size());
    Object[][] out = new Object[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      int c = columnIndex(names.get(i));
      schema.add(columns.get(c));
      out[i] = values[c];
    }
    return new DataTable(schema, out);
  }

  /**
   * The same rows with other column types where only the reading changes: a column holding
   * strings may become categorical or text and back. The value arrays are shared, not copied.
   *
   * @param schema the new columns, the same names in the same order
   * @throws IllegalArgumentException when a name differs or a type change would need converting
   *     values
   */
  public DataTable withSchema(List<ColumnSchema> schema) {
    if (schema.size() != columns.size()) {
      throw new IllegalArgumentException("Expected " + columns.size() + " columns but got " + schema.size());
    }
    for (int c = 0; c < schema.size(); c++) {
      ColumnSchema was = columns.get(c);
      ColumnSchema now = schema.get(c);
      boolean sameReading = was.type() == now.type() || (was.type().holdsStrings() && now.type().holdsStrings());
      if (!was.name().equals(now.name()) || !sameReading) {
        throw new IllegalArgumentException("Column " + was.name() + " (" + was.type().label()
            + ") cannot become " + now.name() + " (" + now.type().label() + ")");
      }
    }
    return new DataTable(schema, values);
  }

  /** Converts one stored value to a number as {@link #numericColumn(int)} does. */
  public static double toDouble(Object v) {
    if (v == null) {
      return Double.NaN;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (v instanceof LocalDate d) {
      return d.toEpochDay();
    }
    if (v instanceof LocalDateTime t) {
      return t.toEpochSecond(ZoneOffset.UTC);
    }
    return Double.NaN;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DataTable other)) {
      return false;
    }
    return columns.equals(other.columns) && Arrays.deepEquals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, rowCount);
  }

  @Override
  public String toString() {
    return "DataTable[" + rowCount + " rows x " + columns.size() + " columns]";
  }
}
