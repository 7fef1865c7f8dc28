package org.modelworkbench.ml.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * Test-only table helpers: a tiny CSV reader (the real importer lives in another module) and
 * splits. Handles quoted fields without embedded quotes or line breaks, which is all the sample
 * files need; an empty field is a missing value.
 */
public final class TestTables {
  private TestTables() {}

  /** Reads a CSV file from the test resources. */
  public static DataTable resource(String name) {
    try {
      return csv(Path.of(Objects.requireNonNull(TestTables.class.getResource("/" + name)).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a CSV file with a header row. A column whose values all parse as whole numbers is
   * INTEGER, as numbers DECIMAL, as true/false BOOLEAN; anything else is CATEGORICAL text.
   */
  public static DataTable csv(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] header = split(lines.get(0));
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(split(line));
      }
    }
    List<ColumnSchema> schema = new ArrayList<>();
    Object[][] columns = new Object[header.length][rows.size()];
    for (int c = 0; c < header.length; c++) {
      ColumnType type = inferType(rows, c);
      schema.add(new ColumnSchema(header[c], type));
      for (int r = 0; r < rows.size(); r++) {
        columns[c][r] = convert(rows.get(r)[c], type);
      }
    }
    return new DataTable(schema, columns);
  }

  private static String[] split(String line) {
    String[] parts = line.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].trim();
      parts[i] = p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")
          ? p.substring(1, p.length() - 1) : p;
    }
    return parts;
  }

  private static ColumnType inferType(List<String[]> rows, int c) {
    boolean integer = true;
    boolean decimal = true;
    boolean flag = true;
    for (String[] row : rows) {
      String v = row[c];
      if (v.isEmpty()) {
        continue;
      }
      integer &= v.matches("-?\\d+");
      decimal &= v.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
      flag &= v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }
    return integer ? ColumnType.INTEGER : decimal ? ColumnType.DECIMAL
        : flag ? ColumnType.BOOLEAN : ColumnType.CATEGORICAL;
  }

  private static Object convert(String v, ColumnType type) {
    if (v.isEmpty()) {
      return null;
    }
    return switch (type) {
      case INTEGER -> Long.parseLong(v);
      case DECIMAL -> Double.parseDouble(v);
      case BOOLEAN -> Boolean.parseBoolean(v);
      default -> v;
    };
  }

  /** Builds a table from a schema and rows. */
  public static DataTable table(List<ColumnSchema> schema, Object[]... rows) {
    return DataTable.fromRows(schema, List.of(rows));
  }

  /**
   * A stratified random split into train, validation and test rows: within each class the rows
   * are shuffled and the first shares go to test and validation.
   *
   * @return three tables: train, validation, test
   */
  public static DataTable[] split(DataTable table, String target, long seed, double validation,
      double test) {
    int[][] rows = splitRows(table, target, seed, validation, test);
    return new DataTable[] {
      table.selectRows(rows[0]), table.selectRows(rows[1]), table.selectRows(rows[2])
    };
  }

  /**
   * Row indexes of a random split into train, validation and test rows, stratified by the target
   * when {@code target} is not null.
   *
   * @return three index arrays: train, validation, test
   */
  public static int[][] splitRows(DataTable table, String target, long seed, double validation,
      double test) {
    String[] groups = target == null
        ? new String[table.rowCount()] : table.textColumn(table.columnIndex(target));
    java.util.Arrays.setAll(groups, r -> groups[r] == null ? "" : groups[r]);
    List<String> classes = new ArrayList<>(new java.util.TreeSet<>(List.of(groups)));
    List<Integer> train = new ArrayList<>();
    List<Integer> val = new ArrayList<>();
    List<Integer> tst = new ArrayList<>();
    Random random = new Random(seed);
    for (String cls : classes) {
      List<Integer> rows = new ArrayList<>();
      for (int r = 0; r < groups.length; r++) {
        if (groups[r].equals(cls)) {
          rows.add(r);
        }
      }
      java.util.Collections.shuffle(rows, random);
      int nTest = (int) Math.round(rows.size() * test);
      int nVal = (int) Math.round(rows.size() * validation);
      tst.addAll(rows.subList(0, nTest));
      val.addAll(rows.subList(nTest, nTest + nVal));
      train.addAll(rows.subList(nTest + nVal, rows.size()));
    }
    return new int[][] {ints(train), ints(val), ints(tst)};
  }

  /** The integers as an array. */
  public static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
