package org.modelworkbench.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The H2 baseline, run in a JVM of its own so its memory does not count against ours: loads the
 * benchmark file into a typed table of a fresh H2 file database with
 * {@code CREATE TABLE ... AS SELECT ... FROM CSVREAD(...)} and prints {@code <rows> <millis>}.
 */
public final class CsvReadBaseline {
  private CsvReadBaseline() {}

  /**
   * Runs the load.
   *
   * @param args the CSV file and a folder for the database
   * @throws Exception when H2 fails
   */
  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]).toAbsolutePath();
    Path db = Path.of(args[1]).toAbsolutePath().resolve("csvread");
    StringBuilder columns = new StringBuilder();
    StringBuilder select = new StringBuilder();
    for (int i = 0; i < BenchmarkCsv.COLUMNS.length; i++) {
      String name = BenchmarkCsv.COLUMNS[i].toUpperCase(java.util.Locale.ROOT);
      columns.append(i == 0 ? "" : ", ").append('"').append(name).append("\" ").append(BenchmarkCsv.SQL_TYPES[i]);
      select.append(i == 0 ? "" : ", ").append("NULLIF(\"").append(name).append("\", '')");
    }
    // CSVREAD must see its file at prepare time to know its columns, so the name is a literal.
    String file = "'" + csv.toString().replace("'", "''") + "'";
    String sql = "CREATE TABLE t(" + columns + ") AS SELECT " + select + " FROM CSVREAD(" + file
        + ", NULL, 'charset=UTF-8')";
    long started = System.nanoTime();
    long rows;
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
        rs.next();
        rows = rs.getLong(1);
      }
    }
    System.out.println(rows + " " + (System.nanoTime() - started) / 1_000_000);
  }
}
