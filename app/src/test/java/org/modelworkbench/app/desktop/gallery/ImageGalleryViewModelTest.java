package org.modelworkbench.app.desktop.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.PictureFolders;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.GalleryImage;
import org.modelworkbench.services.datasets.LeftOutFile;

/** The Images tab's state over a real project with a folder of pictures, without a screen. */
class ImageGalleryViewModelTest {
  @TempDir
  static Path dir;

  static Workbench workbench;
  static DatasetInfo defects;

  @BeforeAll
  static void importDefects() {
    workbench = Workbench.open(dir.resolve("project"));
    defects = ImageProjects.importImages(workbench, PictureFolders.defects(dir, PictureFolders.mixed()), null);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  private static ImageGalleryViewModel loaded() {
    ImageGalleryViewModel model = ImageGalleryViewModel.forDataset(DirectJobRunner.create(), () -> workbench, defects);
    model.load();
    assertThat(model.loadedProperty().get()).isTrue();
    return model;
  }

  @Test
  void theDatasetHeaderCountsPicturesAndClassesAsTheImagesTabDoes() {
    org.modelworkbench.app.desktop.dataset.DatasetViewModel dataset =
        new org.modelworkbench.app.desktop.dataset.DatasetViewModel(DirectJobRunner.create(), () -> workbench, defects);
    assertThat(dataset.summary()).startsWith("165 pictures in 3 classes · version 1 · from ");
    assertThat(loaded().messageProperty().get()).startsWith("165 pictures in 3 classes");
  }

  @Test
  void showsEachClassWithItsCountAndFirstPictures() {
    ImageGalleryViewModel model = loaded();
    assertThat(model.classes()).extracting(ClassGroup::name).containsExactly("dent", "ok", "scratch");
    assertThat(model.classes()).extracting(ClassGroup::count).containsExactly(5L, 30L, 130L);
    assertThat(model.classes()).extracting(g -> g.images().size()).containsExactly(5, 24, 24);
    ClassGroup ok = model.classes().get(1);
    assertThat(ok.countText()).isEqualTo("30 pictures · 18.2%");
    assertThat(ok.hasHidden()).isTrue();
    assertThat(ok.showAllText()).isEqualTo("Show all 30");
    assertThat(model.classes().get(0).hasHidden()).isFalse();
    GalleryImage first = ok.images().get(0);
    assertThat(first.name()).isEqualTo("ok/ok_000.png");
    assertThat(first.className()).isEqualTo("ok");
    assertThat(first.description()).matches("ok/ok_000\\.png · \\d+×\\d+ pixels");
    assertThat(model.messageProperty().get())
        .isEqualTo("165 pictures in 3 classes; 2 files were left out at import.");
  }

  @Test
  void namesTheFilesLeftOutAtImport() {
    ImageGalleryViewModel model = loaded();
    assertThat(model.leftOutTitle()).isEqualTo("Left out: 2 files");
    assertThat(model.leftOut()).extracting(LeftOutFile::fileName).containsExactlyInAnyOrder("broken.png", "empty.jpg");
    assertThat(model.leftOut()).extracting(LeftOutFile::reason).allMatch(r -> r.startsWith("not a readable image"));
  }

  @Test
  void showAllPagesThroughAClass() {
    ClassGroup scratch = loaded().classes().get(2);
    assertThat(scratch.rangeProperty().get()).isEmpty();
    scratch.showAll();
    assertThat(scratch.expandedProperty().get()).isTrue();
    assertThat(scratch.images()).hasSize(ImageGalleryViewModel.PAGE_SIZE);
    assertThat(scratch.rangeProperty().get()).isEqualTo("1–120 of 130");
    assertThat(scratch.hasPreviousProperty().get()).isFalse();
    assertThat(scratch.hasNextProperty().get()).isTrue();
    scratch.next();
    assertThat(scratch.images()).hasSize(10);
    assertThat(scratch.images().get(0).name()).isEqualTo("scratch/scratch_120.png");
    assertThat(scratch.rangeProperty().get()).isEqualTo("121–130 of 130");
    assertThat(scratch.hasNextProperty().get()).isFalse();
    scratch.next();
    assertThat(scratch.offsetProperty().get()).isEqualTo(120);
    scratch.previous();
    assertThat(scratch.offsetProperty().get()).isZero();
    scratch.showFewer();
    assertThat(scratch.images()).hasSize(ImageGalleryViewModel.FIRST_PICTURES);
    assertThat(scratch.rangeProperty().get()).isEmpty();
    assertThat(scratch.hasNextProperty().get()).isFalse();
  }

  @Test
  void aTableHasNoGallery() {
    Path iris = dir.resolve("iris-project");
    TestProjects.withIris(iris);
    try (Workbench other = Workbench.open(iris)) {
      assertThat(ImageGalleryViewModel.forDataset(DirectJobRunner.create(), () -> other, other.datasets().find("iris")))
          .isNull();
    }
  }
}
