package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataFormatException;

/** Wrong files get one plain sentence naming the file. */
class BadInputTest {
  private static final String ADVICE =
      ", not a data file. Import a CSV, Excel, JSON Lines file or a folder of images.";

  @TempDir Path dir;

  private static DataFormatException failure(Path source, ReadOptions options) {
    try {
      DatasetReaders.read(source, options, null, null);
    } catch (DataFormatException e) {
      return e;
    }
    throw new AssertionError("Expected a DataFormatException for " + source.getFileName());
  }

  @Test
  void pdfRenamedToCsv() throws IOException {
    Path file = Files.write(dir.resolve("report.csv"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failure(file, null)).hasMessage("report.csv: this is a PDF document" + ADVICE);
  }

  @Test
  void singleImageFile() throws IOException {
    Path file = Fixtures.png(dir.resolve("photo.png"), 2, 2);
    assertThat(failure(file, null)).hasMessage("photo.png: this is a PNG image" + ADVICE);
  }

  @Test
  void wordDocumentAndZipAskedAsTable() throws IOException {
    Path docx = Fixtures.zip(dir.resolve("notes.docx"), Map.of("word/document.xml", new byte[] {'x'}));
    assertThat(failure(docx, null)).hasMessage("notes.docx: this is a Word document" + ADVICE);
    Path zipAsCsv = Fixtures.zip(dir.resolve("data.csv"), Map.of("a.txt", new byte[] {'x'}));
    assertThat(failure(zipAsCsv, new ReadOptions(DatasetKind.TABULAR, null, false)))
        .hasMessage("data.csv: this is a zip archive" + ADVICE);
  }

  @Test
  void oldExcelFile() throws IOException {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    Path file = Files.write(dir.resolve("old.xls"), ole2);
    assertThat(failure(file, null)).hasMessageStartingWith("old.xls: this is a password-protected "
        + "workbook or an old Office 97-2003 file");
  }

  @Test
  void emptyAndMissingFiles() throws IOException {
    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    assertThat(failure(empty, null)).hasMessage("empty.xlsx: the file is empty.");
    assertThat(failure(dir.resolve("gone.csv"), null)).hasMessage("gone.csv: the file or folder does not exist.");
    Path notExcel = Files.writeString(dir.resolve("fake.xlsx"), "a,b\n1,2\n");
    assertThat(failure(notExcel, null)).hasMessageStartingWith("fake.xlsx: this is not a valid Excel workbook");
  }

  @Test
  void csvStillGoesToTheCsvImporter() throws IOException {
    Path file = Files.writeString(dir.resolve("loans.tsv"), "id\tamount\n1\t2,5\n2\t3\n");
    DatasetRead read = DatasetReaders.read(file, null, null, null);
    assertThat(read.kind()).isEqualTo(DatasetKind.TABULAR);
    assertThat(read.formatDescription()).isEqualTo("Delimited text, tab-separated, with a header row");
    assertThat(read.table().rowCount()).isEqualTo(2);
    assertThat(DatasetReaders.detect(file)).isEqualTo(DatasetKind.TABULAR);
  }

  @Test
  void singleFileAskedAsImages() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
    assertThat(failure(file, new ReadOptions(DatasetKind.IMAGE, null, false)))
        .hasMessageStartingWith("a.csv: this is a single file, but images were asked for");
  }
}
