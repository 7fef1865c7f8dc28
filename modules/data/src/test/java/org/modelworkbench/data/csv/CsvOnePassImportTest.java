package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataFormatException;

/** The one-pass import: guessed types, late values that widen or restart, late bad rows. */
class CsvOnePassImportTest {
  private static final int EARLY_ROWS = 20_000;

  @TempDir Path dir;

  /** Keeps what a sink is told, widening and dropping rows as a real one would. */
  private static final class RecordingSink implements TypedRowSink {
    final List<List<ColumnSchema>> begins = new ArrayList<>();
    final List<Object[]> rows = new ArrayList<>();
    final List<Integer> widened = new ArrayList<>();
    int restarts;
    boolean accept = true;
    String hash;

    @Override
    public boolean hashKnown(String sha256) {
      hash = sha256;
      return accept;
    }

    @Override
    public void begin(List<ColumnSchema> columns) {
      begins.add(columns);
    }

    @Override
    public void row(Object[] values) {
      rows.add(values.clone());
    }

    @Override
    public boolean widenToDecimal(int column) {
      widened.add(column);
      for (Object[] row : rows) {
        row[column] = row[column] == null ? null : ((Long) row[column]).doubleValue();
      }
      return true;
    }

    @Override
    public void restart() {
      restarts++;
      rows.clear();
    }
  }

  private Path fileWithLastRow(String lastRow) {
    StringBuilder text = new StringBuilder("id,amount,label\n");
    for (int i = 0; i < EARLY_ROWS; i++) {
      text.append(i).append(',').append(i * 3).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    text.append(lastRow).append('\n');
    return CsvTestFiles.write(dir, "late.csv", text.toString());
  }

  private static CsvLayout stream(Path file, TypedRowSink sink, boolean skipBadRows) {
    return new CsvImporter(new CsvImportOptions(skipBadRows, null, null, null)).streamInOnePass(file, sink, null, null);
  }

  private static List<ColumnType> types(CsvLayout layout) {
    return layout.columns().stream().map(ColumnSchema::type).toList();
  }

  @Test
  void typesTheRowsAsTheTwoPassImportDoes() {
    Path file = fileWithLastRow("20000,7,c");
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(file, sink, false);
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.CATEGORICAL);
    assertThat(layout.columns()).isEqualTo(CsvTestFiles.read(file).table().columns());
    assertThat(layout.rowCount()).isEqualTo(EARLY_ROWS + 1);
    assertThat(sink.rows).hasSize(EARLY_ROWS + 1);
    assertThat(sink.rows.get(EARLY_ROWS)).containsExactly(20_000L, 7L, "c");
    assertThat(sink.restarts).isZero();
    assertThat(sink.hash).isEqualTo(layout.sha256()).hasSize(64);
  }

  @Test
  void aMessyFileGivesTheSameRowsAsTheTwoPassReader() {
    java.util.Random random = new java.util.Random(11);
    String[] texts = {"alpha", " beta ", "\"gamma, delta\"", "NA", "", "n/a", "\"say \"\"hi\"\"\"", "é ü", "?"};
    StringBuilder text = new StringBuilder("n,x,label,day,flag,at,late\r\n");
    int rows = 30_000;
    for (int i = 0; i < rows; i++) {
      if (i == 15_000) {
        text.append("1,2,too,few\r\n");
      }
      if (i % 977 == 0) {
        text.append("\r\n");
      }
      text.append(random.nextInt(10) == 0 ? " " : "").append(i % 50 == 0 ? "null" : Long.toString(i - 10_000))
          .append(',').append(i % 13 == 0 ? "" : random.nextInt(3) == 0 ? "\"" + i * 0.25 + "\"" : i + ".5")
          .append(',').append(texts[random.nextInt(texts.length)])
          .append(',').append(i % 17 == 0 ? "None" : java.time.LocalDate.of(2020, 1, 1).plusDays(i % 900))
          .append(',').append(random.nextBoolean() ? " true" : "FALSE")
          .append(',').append(i % 19 == 0 ? "" : "2021-03-04 05:06:" + String.format("%02d", i % 60))
          .append(',').append(i < 22_222 ? Integer.toString(i % 7) : (i % 7) + ".25")
          .append("\r\n");
    }
    Path file = CsvTestFiles.write(dir, "messy.csv", text.toString());
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = new CsvImporter(new CsvImportOptions(true, null, null, null))
        .streamInOnePass(file, sink, null, null);
    CsvImport twoPass = CsvTestFiles.read(file, new CsvImportOptions(true, null, null, null));

    assertThat(layout.columns()).isEqualTo(twoPass.table().columns());
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.CATEGORICAL,
        ColumnType.DATE, ColumnType.BOOLEAN, ColumnType.TIMESTAMP, ColumnType.DECIMAL);
    assertThat(sink.widened).containsExactly(6);
    assertThat(sink.restarts).isZero();
    assertThat(layout.rejected()).hasSize(1);
    assertThat(sink.rows).hasSize(rows);
    for (int r = 0; r < rows; r++) {
      assertThat(sink.rows.get(r)).as("row %d", r).containsExactly(twoPass.table().row(r));
    }
  }

  @Test
  void aLateDecimalInAWholeNumberColumnWidensIt() {
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(fileWithLastRow("20000,2.5,c"), sink, false);
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.CATEGORICAL);
    assertThat(sink.widened).containsExactly(1);
    assertThat(sink.restarts).isZero();
    assertThat(sink.rows).hasSize(EARLY_ROWS + 1);
    assertThat(sink.rows.get(5)[1]).isEqualTo(15.0);
    assertThat(sink.rows.get(EARLY_ROWS)[1]).isEqualTo(2.5);
  }

  @Test
  void aLateTextInANumberColumnReadsTheFileAgainAsText() {
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(fileWithLastRow("20000,unknown,c"), sink, false);
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL);
    assertThat(sink.restarts).isEqualTo(1);
    assertThat(sink.begins).hasSize(2);
    assertThat(sink.begins.get(1)).isEqualTo(layout.columns());
    assertThat(sink.rows).hasSize(EARLY_ROWS + 1);
    assertThat(sink.rows.get(5)[1]).isEqualTo("15");
    assertThat(sink.rows.get(EARLY_ROWS)[1]).isEqualTo("unknown");
  }

  @Test
  void aColumnWithoutValuesInTheFirstRowsGetsTheTypeOfItsLaterValues() {
    StringBuilder text = new StringBuilder("id,late\n");
    for (int i = 0; i < EARLY_ROWS; i++) {
      text.append(i).append(",\n");
    }
    text.append("20000,2024-05-01\n");
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(CsvTestFiles.write(dir, "sparse.csv", text.toString()), sink, false);
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.DATE);
    assertThat(sink.rows).hasSize(EARLY_ROWS + 1);
    assertThat(sink.rows.get(EARLY_ROWS)[1]).isEqualTo(java.time.LocalDate.of(2024, 5, 1));
  }

  @Test
  void aLateBadRowFailsWithItsLineNumber() {
    RecordingSink sink = new RecordingSink();
    Path file = fileWithLastRow("20000,1,c,extra");
    assertThatThrownBy(() -> stream(file, sink, false))
        .isInstanceOfSatisfying(DataFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("late.csv");
          assertThat(e.line()).isEqualTo(EARLY_ROWS + 2);
        })
        .hasMessageContaining("expected 3 fields but found 4");
  }

  @Test
  void aLateBadRowIsRejectedWhenSkipping() {
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(fileWithLastRow("20000,\"1,c"), sink, true);
    assertThat(layout.rowCount()).isEqualTo(EARLY_ROWS);
    assertThat(layout.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(EARLY_ROWS + 2L));
    assertThat(sink.rows).hasSize(EARLY_ROWS);
  }

  @Test
  void aDecliningSinkGetsNoMoreRowsButTheFileIsStillChecked() {
    RecordingSink sink = new RecordingSink();
    sink.accept = false;
    CsvLayout layout = stream(fileWithLastRow("20000,7,c"), sink, false);
    assertThat(layout.sha256()).isEqualTo(sink.hash);
    int received = sink.rows.size();
    assertThat(received).isLessThanOrEqualTo(EARLY_ROWS + 1);

    RecordingSink declining = new RecordingSink();
    declining.accept = false;
    Path bad = fileWithLastRow("20000,1,c,extra");
    assertThatThrownBy(() -> stream(bad, declining, false)).isInstanceOf(DataFormatException.class);
  }

  @Test
  void windows1252BytesFarIntoTheFileRestartTheSinkAndReadTheWholeFileSo() {
    StringBuilder text = new StringBuilder("name,score\n");
    int rows = 0;
    while (text.length() < CharsetDetection.PROBE_BYTES * 4) {
      text.append("plain").append(rows).append(',').append(rows++).append('\n');
    }
    text.append("M\u00fcller,7\n");
    Path file = CsvTestFiles.write(dir, "late1252.csv", text.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(file, sink, false);
    assertThat(layout.charset().name()).isEqualTo("windows-1252");
    assertThat(sink.restarts).isEqualTo(1);
    assertThat(sink.rows).hasSize(rows + 1);
    assertThat(sink.rows.get(rows)).containsExactly("M\u00fcller", 7L);
  }

  @Test
  void gzipFilesAreReadInOnePassAndHashedAsStored() throws Exception {
    StringBuilder text = new StringBuilder("id,score\n");
    for (int i = 0; i < EARLY_ROWS; i++) {
      text.append(i).append(',').append(i / 4.0).append('\n');
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
      gzip.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path file = CsvTestFiles.write(dir, "scores.csv.gz", bytes.toByteArray());
    RecordingSink sink = new RecordingSink();
    CsvLayout layout = stream(file, sink, false);
    assertThat(types(layout)).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL);
    assertThat(sink.rows).hasSize(EARLY_ROWS);
    assertThat(sink.rows.get(EARLY_ROWS - 1)).containsExactly((long) EARLY_ROWS - 1, (EARLY_ROWS - 1) / 4.0);
    String expected = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
    assertThat(layout.sha256()).isEqualTo(expected);
  }
}
