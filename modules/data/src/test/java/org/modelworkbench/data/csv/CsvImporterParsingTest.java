package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.data.csv.CsvTestFiles.read;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/** How the importer splits files: quotes, line breaks, BOM, delimiters and headers. */
class CsvImporterParsingTest {
  @TempDir Path dir;

  @Test
  void readsASimpleFile() {
    CsvImport result = read(write(dir, "simple.csv", "a,b\n1,x\n2,y\n"));
    DataTable table = result.table();
    assertThat(table.columnNames()).containsExactly("a", "b");
    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.row(0)).containsExactly(1L, "x");
    assertThat(result.delimiter()).isEqualTo(',');
    assertThat(result.hasHeader()).isTrue();
    assertThat(result.fileName()).isEqualTo("simple.csv");
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void quotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() {
    String text = "id,name,note\n"
        + "1,\"Smith, John\",\"said \"\"hello\"\"\"\n"
        + "2,\"Doe, Jane\",\"line one\nline two\"\n"
        + "3,Plain,\n";
    DataTable table = read(write(dir, "quotes.csv", text)).table();
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.row(0)).containsExactly(1L, "Smith, John", "said \"hello\"");
    assertThat(table.row(1)).containsExactly(2L, "Doe, Jane", "line one\nline two");
    assertThat(table.row(2)).containsExactly(3L, "Plain", null);
  }

  @Test
  void skipsAUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "name,score\nAnn,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    DataTable table = read(write(dir, "bom.csv", bytes)).table();
    assertThat(table.columnNames()).containsExactly("name", "score");
  }

  @Test
  void semicolonFileWithDecimalCommas() {
    CsvImport result = read(write(dir, "euro.csv", "city;price;rooms\nParis;1,5;2\nRome;2,25;3\n"));
    assertThat(result.delimiter()).isEqualTo(';');
    assertThat(result.table().column("price").type()).isEqualTo(ColumnType.DECIMAL);
    assertThat(result.table().value(1, 1)).isEqualTo(2.25);
    assertThat(result.table().column("rooms").type()).isEqualTo(ColumnType.INTEGER);
  }

  @Test
  void tabFile() {
    CsvImport result = read(write(dir, "tabs.tsv", "x\ty\n1\t2.5\n3\t4.5\n"));
    assertThat(result.delimiter()).isEqualTo('\t');
    assertThat(result.table().row(1)).containsExactly(3L, 4.5);
  }

  @Test
  void pipeFile() {
    CsvImport result = read(write(dir, "pipes.txt", "x|y\n1|a\n2|b\n"));
    assertThat(result.delimiter()).isEqualTo('|');
    assertThat(result.table().columnNames()).containsExactly("x", "y");
  }

  @Test
  void fileWithoutHeaderGetsGeneratedNames() {
    CsvImport result = read(write(dir, "nohead.csv", "5.1,3.5,setosa\n4.9,3.0,setosa\n"));
    assertThat(result.hasHeader()).isFalse();
    assertThat(result.table().columnNames()).containsExactly("column_1", "column_2", "column_3");
    assertThat(result.table().rowCount()).isEqualTo(2);
    assertThat(result.table().row(0)).containsExactly(5.1, 3.5, "setosa");
  }

  @Test
  void headerOptionOverridesDetection() {
    Path file = write(dir, "text.csv", "red,big\nblue,small\n");
    CsvImport detected = read(file);
    assertThat(detected.hasHeader()).isTrue();
    CsvImport forced = read(file, new CsvImportOptions(false, null, false, null));
    assertThat(forced.hasHeader()).isFalse();
    assertThat(forced.table().rowCount()).isEqualTo(2);
    assertThat(forced.table().row(0)).containsExactly("red", "big");
  }

  @Test
  void delimiterOptionOverridesSniffing() {
    Path file = write(dir, "given.csv", "a;b,c\n1;2,3\n");
    CsvImport result = read(file, new CsvImportOptions(false, ',', null, null));
    assertThat(result.delimiter()).isEqualTo(',');
    assertThat(result.table().columnNames()).containsExactly("a;b", "c");
  }

  @Test
  void charsetOption() {
    byte[] latin1 = "name,town\nZoé,Orléans\n".getBytes(StandardCharsets.ISO_8859_1);
    CsvImport result = read(write(dir, "latin1.csv", latin1),
        new CsvImportOptions(false, null, null, StandardCharsets.ISO_8859_1));
    assertThat(result.table().value(0, 0)).isEqualTo("Zoé");
  }

  @Test
  void headerNamesAndValuesAreTrimmed() {
    DataTable table = read(write(dir, "spaces.csv", " a , b \n 1 , x y \n")).table();
    assertThat(table.columnNames()).containsExactly("a", "b");
    assertThat(table.row(0)).containsExactly(1L, "x y");
  }

  @Test
  void trailingAndInnerBlankLinesAreIgnored() {
    CsvImport result = read(write(dir, "blank.csv", "a,b\n1,2\n\n3,4\n\n\n"));
    assertThat(result.table().rowCount()).isEqualTo(2);
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void windowsLineBreaks() {
    DataTable table = read(write(dir, "crlf.csv", "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n")).table();
    assertThat(table.rowCount()).isEqualTo(2);
    assertThat(table.value(0, 1)).isEqualTo("x\ny");
  }

  @Test
  void sha256OfTheFileBytes() {
    // SHA-256 of the bytes "a\n1\n", computed independently with sha256sum.
    CsvImport result = read(write(dir, "hash.csv", "a\n1\n"));
    assertThat(result.sha256()).isEqualTo("309b0e45a73d3fc5325e2b6ed0a01ef8b9cde6b05a5633c1f893f970d52bfddc");
  }
}
