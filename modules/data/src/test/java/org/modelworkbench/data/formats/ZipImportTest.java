package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/** Zip archives: safe extraction, zip bombs, unwrapping and clean-up. */
class ZipImportTest {
  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Path zip(String name, String... namesAndContents) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndContents.length; i += 2) {
      entries.put(namesAndContents[i], utf8(namesAndContents[i + 1]));
    }
    return Fixtures.zip(dir.resolve(name), entries);
  }

  @Test
  void refusesParentPathsBeforeWritingAnything() throws IOException {
    Path zip = zip("evil.zip", "good.csv", "a,b\n1,2\n", "../evil.txt", "boom");
    assertThatThrownBy(() -> DatasetReaders.read(zip, null, null, null))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("evil.zip: entry '../evil.txt' would be written outside the import folder; the "
            + "archive was refused.");
    assertThat(dir.resolve("../evil.txt").normalize()).doesNotExist();
  }

  @Test
  void refusesAbsolutePaths() throws IOException {
    Path zip = zip("abs.zip", "/abs.txt", "x");
    assertThatThrownBy(() -> DatasetReaders.read(zip, null, null, null))
        .hasMessage("abs.zip: entry '/abs.txt' would be written outside the import folder; the "
            + "archive was refused.");
    Path windows = zip("win.zip", "C:\\temp\\x.txt", "x");
    assertThatThrownBy(() -> DatasetReaders.read(windows, null, null, null))
        .hasMessageContaining("temp/x.txt' would be written outside");
  }

  @Test
  void refusesSymlinkEntries() throws IOException {
    Path zip = Fixtures.zipWithSymlink(dir.resolve("link.zip"), "data/passwd", "/etc/passwd");
    assertThatThrownBy(() -> DatasetReaders.read(zip, null, null, null))
        .hasMessage("link.zip: entry 'data/passwd' would be written outside the import folder; the "
            + "archive was refused.");
  }

  @Test
  void refusesAHighlyCompressedLargeEntry() throws IOException {
    Path zip = Fixtures.zipOfZeros(dir.resolve("bomb.zip"), "zeros.csv", 12L * 1024 * 1024);
    assertThatThrownBy(() -> DatasetReaders.read(zip, null, null, null))
        .hasMessage("bomb.zip: entry 'zeros.csv' unpacks to more than 100 times its packed size; the "
            + "archive looks like a zip bomb and was refused.");
  }

  @Test
  void countsBytesInsteadOfTrustingDeclaredSizes() throws IOException {
    Path zip = Fixtures.zipOfZeros(dir.resolve("liar.zip"), "zeros.csv", 200_000);
    Fixtures.lieAboutSizes(zip, 10);
    assertThatThrownBy(() -> ZipExtractor.extract(zip, ZipLimits.DEFAULT, ProgressListener.NONE,
        CancellationToken.none()))
        .hasMessage("liar.zip: entry 'zeros.csv' holds more data than the archive says; the archive "
            + "was refused.");
    ZipLimits small = new ZipLimits(1000, 500, 2, 10);
    Path honest = Fixtures.zipOfZeros(dir.resolve("honest.zip"), "zeros.csv", 5000);
    assertThatThrownBy(() -> ZipExtractor.extract(honest, small, ProgressListener.NONE,
        CancellationToken.none())).hasMessageContaining("unpacks to more than");
  }

  @Test
  void refusesTooManyEntries() throws IOException {
    Path zip = zip("many.zip", "a.csv", "x\n1\n", "b.csv", "x\n1\n", "c.csv", "x\n1\n");
    assertThatThrownBy(() -> ZipExtractor.extract(zip, new ZipLimits(1 << 20, 1 << 20, 100, 2),
        ProgressListener.NONE, CancellationToken.none()))
        .hasMessage("many.zip: the archive holds more than 2 entries; it was refused. Split it into "
            + "smaller archives.");
  }

  @Test
  void unwrapsASingleCsvAndDeletesTheTempFolder() throws IOException {
    Path zip = zip("loans.zip", "export/", "", "export/loans.csv", "id,amount\n1,10\n2,20\n");
    DatasetRead read = DatasetReaders.read(zip, null, null, null);
    assertThat(read.table().rowCount()).isEqualTo(2);
    assertThat(read.workFolder()).isNull();
    assertThat(read.formatDescription())
        .isEqualTo("Zip archive 'loans.zip': Delimited text, comma-separated, with a header row");
    assertThat(read.sha256()).isEqualTo(Sha256.ofFile(zip));
  }

  @Test
  void imagesStayInTheWorkFolderUntilTheCallerDeletesIt() throws IOException {
    Path src = dir.resolve("src");
    Path a = Fixtures.png(src.resolve("a.png"), 3, 3);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("defects/ok/a.png", Files.readAllBytes(a));
    entries.put("defects/dent/b.png", Files.readAllBytes(a));
    entries.put("__MACOSX/defects/._a.png", utf8("junk"));
    Path zip = Fixtures.zip(dir.resolve("defects.zip"), entries);
    assertThat(DatasetReaders.detect(zip)).isEqualTo(DatasetKind.IMAGE);
    DatasetRead read = DatasetReaders.read(zip, null, null, null);
    assertThat(read.kind()).isEqualTo(DatasetKind.IMAGE);
    assertThat(read.table().rowCount()).isEqualTo(2);
    assertThat(read.problems()).isEmpty();
    Path image = Path.of((String) read.table().value(0, 0));
    assertThat(image).exists().startsWith(read.workFolder());
    read.deleteWorkFolder();
    assertThat(read.workFolder()).doesNotExist();
  }

  @Test
  void refusesANestedArchive() throws IOException {
    Path inner = zip("inner.zip", "a.csv", "x\n1\n");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("inner.zip", Files.readAllBytes(inner));
    Path outer = Fixtures.zip(dir.resolve("outer.zip"), entries);
    assertThatThrownBy(() -> DatasetReaders.read(outer, null, null, null))
        .hasMessageStartingWith("outer.zip: the archive holds another archive ('inner.zip')");
  }
}
