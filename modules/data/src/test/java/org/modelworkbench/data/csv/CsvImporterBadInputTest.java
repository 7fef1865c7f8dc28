package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modelworkbench.data.csv.CsvTestFiles.read;
import static org.modelworkbench.data.csv.CsvTestFiles.skipping;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;

/** Every kind of bad input: a plain error by default, or rejected rows when skipping. */
class CsvImporterBadInputTest {
  @TempDir Path dir;

  private static DataFormatException failure(Path file) {
    try {
      read(file);
    } catch (DataFormatException e) {
      return e;
    }
    throw new AssertionError("Expected a DataFormatException for " + file.getFileName());
  }

  @Test
  void missingFile() {
    DataFormatException e = failure(dir.resolve("nowhere.csv"));
    assertThat(e).hasMessage("nowhere.csv: the file does not exist.");
    assertThat(e.file()).isEqualTo("nowhere.csv");
  }

  @Test
  void folderInsteadOfAFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("data"));
    assertThat(failure(folder)).hasMessage("data: this is a folder, not a file.");
  }

  @Test
  void emptyFile() {
    assertThat(failure(write(dir, "iris.csv", ""))).hasMessage("iris.csv: the file is empty.");
  }

  @Test
  void fileWithOnlyBlanks() {
    assertThat(failure(write(dir, "blank.csv", "  \n\n \t \r\n"))).hasMessage("blank.csv: the file is empty.");
  }

  @Test
  void fileWithOnlyAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};
    assertThat(failure(write(dir, "bom.csv", bom))).hasMessage("bom.csv: the file is empty.");
  }

  @Test
  void headerWithoutDataRows() {
    assertThat(failure(write(dir, "x.csv", "a,b,c\n")))
        .hasMessage("x.csv: the file has a header but no data rows.");
    assertThat(failure(write(dir, "y.csv", "a,b,c\n\n\n")))
        .hasMessage("y.csv: the file has a header but no data rows.");
  }

  @Test
  void emptyColumnName() {
    DataFormatException e = failure(write(dir, "x.csv", "a,b,,d\n1,2,3,4\n"));
    assertThat(e).hasMessage("x.csv, line 1, column 3: the header has an empty column name.");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo("3");
  }

  @Test
  void emptyColumnNameAfterBlankLeadingLines() {
    assertThat(failure(write(dir, "x.csv", "\n\n ,b\n1,2\n")))
        .hasMessage("x.csv, line 3, column 1: the header has an empty column name.");
  }

  @Test
  void duplicateColumnName() {
    assertThat(failure(write(dir, "x.csv", "x,y, x\n1,2,3\n"))).hasMessage(
        "x.csv, line 1, column 3: the header repeats the column name 'x' (first used in column 1).");
  }

  @Test
  void raggedRowFailsNamingFileAndLine() {
    DataFormatException e = failure(write(dir, "r.csv", "a,b,c,d,e\n1,2,3,4,5\n1,2,3,4\n1,2,3,4,5\n"));
    assertThat(e.getMessage()).startsWith("r.csv, line 3: expected 5 fields but found 4");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void raggedRowsAreRejectedWithTheirLinesWhenSkipping() {
    Path file = write(dir, "r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n");
    CsvImport result = read(file, skipping());
    assertThat(result.table().rowCount()).isEqualTo(3);
    assertThat(result.table().columnValues(0)).containsExactly(1L, 6L, 13L);
    assertThat(result.rejected()).containsExactly(
        new RejectedRow(3, "expected 3 fields but found 2", "4,5"),
        new RejectedRow(5, "expected 3 fields but found 4", "9,10,11,12"));
  }

  @Test
  void unclosedQuoteFailsByDefault() {
    Path file = write(dir, "q.csv", "id,name,age\n1,\"Ann,30\n2,Bob,40\n3,Cy,50\n");
    DataFormatException e = failure(file);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("q.csv, line 2: " + CsvRecordReader.UNCLOSED_QUOTE);
  }

  @Test
  void unclosedQuoteSwallowsNothingWhenSkipping() {
    Path file = write(dir, "q.csv", "id,name,age\n1,\"Ann,30\n2,Bob,40\n3,Cy,50\n");
    CsvImport result = read(file, skipping());
    assertThat(result.table().rowCount()).isEqualTo(2);
    assertThat(result.table().columnValues(1)).containsExactly("Bob", "Cy");
    assertThat(result.rejected()).containsExactly(
        new RejectedRow(2, CsvRecordReader.UNCLOSED_QUOTE, "1,\"Ann,30"));
  }

  @Test
  void unclosedQuoteWithMatchingFieldCountIsStillCaught() {
    // Read naively, the open quote would take in the rest of the file as one last field and the
    // row would even have the expected two fields.
    Path file = write(dir, "q.csv", "id,note\n1,ok\n2,\"never closed\n3,fine\n");
    DataFormatException e = failure(file);
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void textAfterAClosingQuote() {
    Path file = write(dir, "t.csv", "id,name\n1,\"Ann\"x\n2,Bob\n");
    assertThat(failure(file).getMessage())
        .startsWith("t.csv, line 2: field 2 has text after its closing quote");
    CsvImport result = read(file, skipping());
    assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(2L);
    assertThat(result.table().rowCount()).isEqualTo(1);
  }

  @Test
  void brokenHeaderFailsEvenWhenSkipping() {
    Path file = write(dir, "h.csv", "id,\"name\n1,Ann\n");
    assertThatThrownBy(() -> read(file, new CsvImportOptions(true, null, true, null)))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("h.csv, line 1: the header row is broken");
  }

  @Test
  void everyRowRejected() {
    Path file = write(dir, "all.csv", "a,b,c\n1,2\n3,4\n");
    assertThatThrownBy(() -> read(file, skipping()))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("all.csv: none of the 2 data rows could be read; the first problem is on line 2: "
            + "expected 3 fields but found 2.");
  }

  @Test
  void rejectedRawTextIsShortenedTo200Characters() {
    String longRow = "1," + "x".repeat(400) + ",2,3";
    CsvImport result = read(write(dir, "long.csv", "a,b\n1,2\n" + longRow + "\n"), skipping());
    List<RejectedRow> rejected = result.rejected();
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).content()).hasSize(200).startsWith("1,xxx");
  }

  @Test
  void textThatIsNotUtf8WhenUtf8IsAskedFor() {
    byte[] latin1 = "name\nZoé\nAndré\n".getBytes(StandardCharsets.ISO_8859_1);
    DataFormatException e = assertThrows(DataFormatException.class, () -> read(write(dir, "latin.csv", latin1),
        new CsvImportOptions(false, null, null, StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).startsWith("latin.csv: the file is not valid UTF-8 text");
  }

  @Test
  void quoteCannotBeTheDelimiter() {
    assertThatThrownBy(() -> new CsvImportOptions(false, '"', null, null))
        .isInstanceOf(WorkbenchException.class);
  }
}
