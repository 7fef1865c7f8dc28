package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.imaging.PictureFixtures;
import org.modelworkbench.model.DataTable;

/**
 * A folder of print-workflow JPEGs (CMYK, YCCK) and phone photos tagged with an EXIF orientation
 * imports every picture, with the size a person sees: a photo turned a quarter has width and height
 * swapped.
 */
class PictureDecodingImportTest {
  @TempDir Path dir;

  @Test
  void cmykYcckAndRotatedPhotosImportUprightWithTheirShownSize() throws IOException {
    Path root = dir.resolve("pictures");
    PictureFixtures.copy(PictureFixtures.BLUE_RGB, root.resolve("print"));
    PictureFixtures.copy(PictureFixtures.BLUE_CMYK, root.resolve("print"));
    PictureFixtures.copy(PictureFixtures.BLUE_YCCK, root.resolve("print"));
    PictureFixtures.copy(PictureFixtures.PLAIN, root.resolve("phone"));
    PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, root.resolve("phone"));
    PictureFixtures.copy(PictureFixtures.ROTATE_90_CCW, root.resolve("phone"));
    PictureFixtures.copy(PictureFixtures.ROTATE_180, root.resolve("phone"));

    DatasetRead read = DatasetReaders.read(root, null, null, null);

    assertThat(read.problems()).isEmpty();
    DataTable t = read.table();
    Map<String, String> sizes = new HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      sizes.put((String) t.value(r, t.columnIndex("source")), t.value(r, t.columnIndex("width")) + "x"
          + t.value(r, t.columnIndex("height")) + "x" + t.value(r, t.columnIndex("channels")));
    }
    assertThat(sizes).containsOnly(
        Map.entry("print/blue_rgb.jpg", "32x32x3"),
        Map.entry("print/blue_cmyk.jpg", "32x32x3"),
        Map.entry("print/blue_ycck.jpg", "32x32x3"),
        Map.entry("phone/plain.jpg", "48x32x3"),
        Map.entry("phone/orient6.jpg", "32x48x3"),
        Map.entry("phone/orient8.jpg", "32x48x3"),
        Map.entry("phone/orient3.jpg", "48x32x3"));
  }

  @Test
  void aTruncatedCmykJpegIsStillLeftOutAsTruncated() throws IOException {
    Path file = PictureFixtures.copy(PictureFixtures.BLUE_CMYK, dir);
    // Cut inside the compressed data, after the headers (the CMYK reader's own code path).
    Fixtures.truncate(file, PictureFixtures.bytes(PictureFixtures.BLUE_CMYK).length - 60);

    assertThat(ImageCheck.problem(file)).contains("truncated JPEG");
    assertThat(ImageCheck.problem(PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, dir))).isEmpty();
  }
}
