package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.data.csv.CsvTestFiles.read;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;

/** Character sets (byte order marks, UTF-8 or windows-1252, an explicit charset) and gzip files. */
class CsvEncodingTest {
  private static final String TEXT = "name,town,score\nZoé,Zürich,1\nAndré,Orléans,2\n";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static byte[] withBom(int[] bom, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static void checkNames(DataTable table) {
    assertThat(table.columnNames()).containsExactly("name", "town", "score");
    assertThat(table.value(0, 0)).isEqualTo("Zoé");
    assertThat(table.value(0, 1)).isEqualTo("Zürich");
    assertThat(table.value(1, 2)).isEqualTo(2L);
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    Path file = write(dir, "le.csv", withBom(new int[] {0xFF, 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    checkNames(read(file).table());
  }

  @Test
  void utf16BigEndianWithByteOrderMark() {
    Path file = write(dir, "be.csv", withBom(new int[] {0xFE, 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
    checkNames(read(file).table());
  }

  @Test
  void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
    Path file = write(dir, "cp1252.csv", TEXT.getBytes(WINDOWS_1252));
    checkNames(read(file).table());
  }

  @Test
  void windows1252BytesFarIntoAUtf8LookingFileSwitchTheWholeFile() {
    StringBuilder text = new StringBuilder("name,score\n");
    int rows = 0;
    while (text.length() < CharsetDetection.PROBE_BYTES * 2) {
      text.append("plain").append(rows).append(',').append(rows++).append('\n');
    }
    text.append("Müller,7\n");
    CsvImport result = read(write(dir, "late.csv", text.toString().getBytes(WINDOWS_1252)));
    DataTable table = result.table();
    assertThat(table.rowCount()).isEqualTo(rows + 1);
    assertThat(table.value(rows, 0)).isEqualTo("Müller");
  }

  @Test
  void anExplicitCharsetWinsOverDetection() {
    // These bytes are valid UTF-8 ("Ã©" read as windows-1252 is "é" in UTF-8): the option decides.
    Path file = write(dir, "explicit.csv", "name\nZoé\n".getBytes(StandardCharsets.UTF_8));
    CsvImport asUtf8 = read(file);
    CsvImport as1252 = read(file, new CsvImportOptions(false, null, null, WINDOWS_1252));
    assertThat(asUtf8.table().value(0, 0)).isEqualTo("Zoé");
    assertThat(as1252.table().value(0, 0)).isEqualTo("ZoÃ©");
  }

  @Test
  void gzipFilesAreReadAndHashedAsStored() throws Exception {
    byte[] compressed = gzip(TEXT.getBytes(StandardCharsets.UTF_8));
    Path file = write(dir, "data.csv.gz", compressed);
    CsvImport result = read(file);
    checkNames(result.table());
    assertThat(result.sha256()).isEqualTo(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(compressed)));
  }

  @Test
  void gzipIsRecognisedByItsBytesWhateverTheName() throws IOException {
    Path file = write(dir, "data.csv", gzip(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    // Detection works on the decompressed bytes too, though UTF-16 needs its mark: give the charset.
    CsvImport result = read(file, new CsvImportOptions(false, null, null, StandardCharsets.UTF_16LE));
    checkNames(result.table());
  }

  @Test
  void streamingGivesTheLayoutThenEveryRow() {
    Path file = write(dir, "stream.csv", TEXT);
    int[] rows = {0};
    CsvLayout layout = new CsvImporter(null).stream(file, new RowSink() {
      @Override
      public boolean start(CsvLayout found) {
        assertThat(found.rowCount()).isEqualTo(2);
        assertThat(found.charset()).isEqualTo(StandardCharsets.UTF_8);
        return true;
      }

      @Override
      public void row(Object[] values) {
        assertThat(values).hasSize(3);
        rows[0]++;
      }
    }, ProgressListener.NONE, CancellationToken.none());
    assertThat(rows[0]).isEqualTo(2);
    assertThat(layout.sha256()).hasSize(64);
  }

  @Test
  void aSinkThatDeclinesGetsNoRows() {
    Path file = write(dir, "decline.csv", TEXT);
    int[] rows = {0};
    new CsvImporter(null).stream(file, new RowSink() {
      @Override
      public boolean start(CsvLayout found) {
        return false;
      }

      @Override
      public void row(Object[] values) {
        rows[0]++;
      }
    }, null, null);
    assertThat(rows[0]).isZero();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void detectionLeavesACutMultiByteCharacterAtTheProbeEndAlone() throws IOException {
    byte[] bytes = "aé".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertThat(CharsetDetection.detect(cut, false).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CharsetDetection.detect(cut, true).charset()).isEqualTo(CharsetDetection.WINDOWS_1252);
    assertThat(Files.exists(dir)).isTrue();
  }
}
