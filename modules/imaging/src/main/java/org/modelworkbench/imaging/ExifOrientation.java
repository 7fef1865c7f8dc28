package org.modelworkbench.imaging;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Reads the EXIF orientation tag of a JPEG with TwelveMonkeys' EXIF (TIFF) reader. */
final class ExifOrientation {
  /** As stored: no turn, no mirror. */
  static final int NORMAL = 1;

  private ExifOrientation() {}

  /**
   * The orientation a JPEG's EXIF block asks for.
   *
   * @return 1 to 8; 1 when there is no EXIF block, no tag, or the block cannot be read: a broken
   *     camera tag must not make an otherwise sound picture unreadable
   */
  static int of(byte[] jpeg) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      for (JPEGSegment segment : segments) {
        int value = orientation(segment);
        if (value != NORMAL) {
          return value;
        }
      }
    } catch (IOException | RuntimeException e) {
      return NORMAL;
    }
    return NORMAL;
  }

  private static int orientation(JPEGSegment segment) throws IOException {
    byte[] data;
    try (InputStream in = segment.data()) {
      data = in.readAllBytes();
    }
    // "Exif" is followed by two zero bytes; the segment's identifier takes one, the TIFF header
    // ("II" or "MM") starts after the other.
    int start = data.length > 0 && data[0] == 0 ? 1 : 0;
    try (ImageInputStream tiff = new MemoryCacheImageInputStream(
        new ByteArrayInputStream(data, start, data.length - start))) {
      Directory directory = new TIFFReader().read(tiff);
      Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
      if (entry == null || !(entry.getValue() instanceof Number number)) {
        return NORMAL;
      }
      int value = number.intValue();
      return value >= 1 && value <= 8 ? value : NORMAL;
    }
  }
}
