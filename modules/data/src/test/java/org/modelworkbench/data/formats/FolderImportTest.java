package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;

/** Folders with one sub-folder per class: images and texts. */
class FolderImportTest {
  @TempDir Path dir;

  private Path defects() throws IOException {
    Path root = dir.resolve("defects");
    Fixtures.png(root.resolve("ok/img1.png"), 8, 6);
    Fixtures.image(root.resolve("ok/img2.png"), 4, 4, BufferedImage.TYPE_BYTE_GRAY, "png");
    Fixtures.image(root.resolve("dent/d1.png"), 5, 5, BufferedImage.TYPE_INT_ARGB, "png");
    Fixtures.image(root.resolve("dent/d2.jpg"), 16, 16, BufferedImage.TYPE_INT_RGB, "jpeg");
    Fixtures.image(root.resolve("scratch/s1.bmp"), 3, 2, BufferedImage.TYPE_INT_RGB, "bmp");
    Fixtures.image(root.resolve("scratch/s2.gif"), 3, 3, BufferedImage.TYPE_INT_RGB, "gif");
    Fixtures.truncate(Fixtures.png(root.resolve("ok/img7.png"), 64, 64), 60);
    Files.write(root.resolve("ok/empty.png"), new byte[0]);
    Fixtures.text(root.resolve(".DS_Store"), "junk");
    return root;
  }

  @Test
  void readsEveryReadableImageAndNamesTheOthers() throws IOException {
    Path root = defects();
    assertThat(DatasetReaders.detect(root)).isEqualTo(DatasetKind.IMAGE);
    DatasetRead read = DatasetReaders.read(root, null, null, null);
    DataTable t = read.table();
    assertThat(read.kind()).isEqualTo(DatasetKind.IMAGE);
    assertThat(t.columnNames()).containsExactly("file", "class", "width", "height", "channels", "sha256", "source");
    assertThat(t.rowCount()).isEqualTo(6);
    assertThat(t.textColumn(1)).containsExactly("dent", "dent", "ok", "ok", "scratch", "scratch");
    assertThat(t.row(0)).containsSubsequence("dent", 5L, 5L, 4L);
    assertThat(t.row(1)).containsSubsequence("dent", 16L, 16L, 3L);
    assertThat(t.row(3)).containsSubsequence("ok", 4L, 4L, 1L);
    assertThat((String) t.value(2, 0)).isEqualTo(root.resolve("ok/img1.png").toAbsolutePath().toString());
    assertThat(read.problems()).containsExactlyInAnyOrder(
        "defects/ok/empty.png: not a readable image (empty file); left out.",
        "defects/ok/img7.png: not a readable image (truncated PNG); left out.");
    assertThat(t.value(2, 6)).isEqualTo("ok/img1.png");
    assertThat(read.leftOutFiles()).extracting(r -> r.content() + " | " + r.reason()).containsExactlyInAnyOrder(
        "defects/ok/empty.png | not a readable image (empty file)",
        "defects/ok/img7.png | not a readable image (truncated PNG)");
    assertThat(read.formatDescription()).isEqualTo("Folder of images, 6 images in 3 classes");
  }

  @Test
  void folderHashDependsOnContentNotLocation() throws IOException {
    Path root = defects();
    String first = DatasetReaders.read(root, null, null, null).sha256();
    Path moved = Files.move(root, dir.resolve("elsewhere"));
    assertThat(DatasetReaders.read(moved, null, null, null).sha256()).isEqualTo(first);
    Fixtures.png(moved.resolve("ok/img3.png"), 2, 2);
    assertThat(DatasetReaders.read(moved, null, null, null).sha256()).isNotEqualTo(first);
  }

  @Test
  void folderOfMostlyOtherFilesIsRefusedNotImported() throws IOException {
    Path root = dir.resolve("Downloads");
    Fixtures.png(root.resolve("holiday/beach.png"), 4, 4);
    Fixtures.text(root.resolve("holiday/notes.txt"), "sun");
    Fixtures.text(root.resolve("work/report.csv"), "a,b\n1,2\n");
    Fixtures.text(root.resolve("work/budget.csv"), "a,b\n3,4\n");
    assertThatThrownBy(() -> DatasetReaders.read(root, new ReadOptions(DatasetKind.IMAGE, null, false), null, null))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("Downloads: only 1 of the 4 files in its sub-folders are images");
  }

  @Test
  void folderWithoutImagesIsAPlainError() throws IOException {
    Path root = dir.resolve("empty");
    Fixtures.text(root.resolve("ok/readme.md"), "hello");
    assertThatThrownBy(() -> DatasetReaders.read(root, null, null, null))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("empty: no images found; expected one sub-folder per class with PNG, JPEG, BMP "
            + "or GIF files.");
  }

  @Test
  void textFolderBecomesTextLabelFile() throws IOException {
    Path root = dir.resolve("tickets");
    Fixtures.text(root.resolve("billing/1.txt"), "My invoice is wrong.");
    Fixtures.text(root.resolve("billing/2.txt"), "Charged twice.");
    Fixtures.text(root.resolve("outage/1.txt"), "\uFEFFNo internet since Monday.");
    Fixtures.text(root.resolve("outage/blank.txt"), "  ");
    Fixtures.text(root.resolve("notes.txt"), "not in a class");
    Files.write(root.resolve("outage/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    assertThat(DatasetReaders.detect(root)).isEqualTo(DatasetKind.TEXT);
    DatasetRead read = DatasetReaders.read(root, null, null, null);
    DataTable t = read.table();
    assertThat(read.kind()).isEqualTo(DatasetKind.TEXT);
    assertThat(t.columnNames()).containsExactly("text", "label", "file");
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.row(2)).containsExactly("No internet since Monday.", "outage", "outage/1.txt");
    assertThat(read.problems()).containsExactlyInAnyOrder(
        "tickets/outage/blank.txt: the file is empty; left out.",
        "tickets/outage/latin1.txt: not UTF-8 text; save it as UTF-8 to include it. Left out.",
        "tickets/notes.txt: not inside a class sub-folder; left out.");
  }

  @Test
  void askingForATableFromAFolderIsAPlainError() throws IOException {
    Path root = defects();
    assertThatThrownBy(() -> DatasetReaders.read(root, new ReadOptions(DatasetKind.TABULAR, null, false),
        null, null)).hasMessageStartingWith("defects: this is a folder");
  }

  @Test
  void readsRealDigitsImages() throws Exception {
    Path digits = Path.of(getClass().getResource("/formats/digits").toURI());
    DatasetRead read = DatasetReaders.read(digits, null, null, null);
    assertThat(read.table().rowCount()).isEqualTo(20);
    assertThat(read.problems()).isEmpty();
    assertThat(read.table().textColumn(1)).containsOnly("0", "1");
  }
}
