package org.modelworkbench.services.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;

/**
 * A folder of pictures per class, two of them damaged, imported into a real project: the gallery
 * counts the classes, pages through one, names the pictures, and still names the two damaged files
 * after the project is closed and opened again.
 */
class ImageGalleryTest {
  @TempDir Path dir;

  /** defects/ with 5 ok, 3 scratch and 2 dent pictures of mixed sizes, plus two damaged files. */
  private Path defects() throws IOException {
    Path root = dir.resolve("defects");
    for (int i = 0; i < 5; i++) {
      png(root.resolve("ok/ok_" + i + ".png"), 8 + i, 6);
    }
    for (int i = 0; i < 3; i++) {
      png(root.resolve("scratch/s" + i + ".png"), 20, 10 + i);
    }
    png(root.resolve("dent/d0.png"), 30, 30);
    png(root.resolve("dent/d1.png"), 12, 40);
    Path broken = root.resolve("ok/broken.png");
    png(broken, 64, 64);
    Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(broken), 60));
    Files.write(root.resolve("dent/empty.jpg"), new byte[0]);
    return root;
  }

  private static void png(Path file, int width, int height) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, (width * 7919 + height) & 0xFFFFFF);
    ImageIO.write(image, "png", file.toFile());
  }

  @Test
  void countsClassesPagesThroughOneAndNamesTheLeftOutFiles() throws IOException {
    Path folder = defects();
    Path project = dir.resolve("project");
    try (Workbench workbench = Workbench.open(project)) {
      ImportOutcome outcome = workbench.imports().importFile(folder, ImportRequest.of(null, false),
          ProgressListener.NONE, CancellationToken.none());
      assertThat(outcome.dataset().rows()).isEqualTo(10);
      assertThat(outcome.problems()).hasSize(2);
    }
    try (Workbench workbench = Workbench.open(project)) {
      DatasetInfo defects = workbench.datasets().find("defects");
      ImageGallery gallery = workbench.gallery();
      assertThat(defects.holdsImages()).isTrue();
      assertThat(gallery.classCounts(defects)).containsExactly(
          new ValueCount("dent", 2), new ValueCount("ok", 5), new ValueCount("scratch", 3));

      GalleryPage first = gallery.page(defects, "ok", 0, 2);
      assertThat(first.total()).isEqualTo(5);
      assertThat(first.hasMore()).isTrue();
      assertThat(first.images()).extracting(GalleryImage::name).containsExactly("ok/ok_0.png", "ok/ok_1.png");
      GalleryImage picture = first.images().get(1);
      assertThat(picture.className()).isEqualTo("ok");
      assertThat(picture.width()).isEqualTo(9);
      assertThat(picture.height()).isEqualTo(6);
      assertThat(picture.description()).isEqualTo("ok/ok_1.png · 9×6 pixels");
      assertThat(Files.isRegularFile(picture.file())).isTrue();
      assertThat(picture.file()).isEqualTo(workbench.datasets().artifactPath(
          (String) workbench.datasets().rows(defects).value(picture.row(), 0)));

      GalleryPage last = gallery.page(defects, "ok", 4, 2);
      assertThat(last.images()).extracting(GalleryImage::name).containsExactly("ok/ok_4.png");
      assertThat(last.offset()).isEqualTo(4);
      assertThat(last.hasMore()).isFalse();
      assertThat(gallery.page(defects, "ok", 9, 2).images()).isEmpty();
      assertThat(gallery.page(defects, "no such class", 0, 10).total()).isZero();

      assertThat(defects.rejectedRows()).isEqualTo(2);
      assertThat(gallery.leftOut(defects)).containsExactlyInAnyOrder(
          new LeftOutFile("defects/ok/broken.png", "not a readable image (truncated PNG)"),
          new LeftOutFile("defects/dent/empty.jpg", "not a readable image (empty file)"));
      assertThat(gallery.leftOut(defects)).extracting(LeftOutFile::fileName)
          .containsExactlyInAnyOrder("broken.png", "empty.jpg");
    }
  }

  @Test
  void aTableIsNoGallery() throws IOException {
    Path csv = Files.writeString(dir.resolve("loans.csv"), "amount,defaulted\n100,yes\n200,no\n");
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo loans = workbench.imports().importFile(csv, ImportRequest.of(null, false), ProgressListener.NONE,
          CancellationToken.none()).dataset();
      assertThat(loans.holdsImages()).isFalse();
      assertThatThrownBy(() -> workbench.gallery().classCounts(loans)).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("holds no pictures");
    }
  }
}
