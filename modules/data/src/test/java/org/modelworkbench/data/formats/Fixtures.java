package org.modelworkbench.data.formats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds test inputs in code: images, text files and zip archives. */
final class Fixtures {
  private Fixtures() {}

  /** Writes an image of the given type (such as {@link BufferedImage#TYPE_INT_RGB}) as PNG or other format. */
  static Path image(Path file, int width, int height, int type, String format) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 40, 40, 180));
    g.fillRect(0, 0, width / 2, height / 2);
    g.dispose();
    if (!ImageIO.write(image, format, file.toFile())) {
      throw new IllegalStateException("No writer for " + format);
    }
    return file;
  }

  /** An RGB PNG. */
  static Path png(Path file, int width, int height) throws IOException {
    return image(file, width, height, BufferedImage.TYPE_INT_RGB, "png");
  }

  /** Cuts a file to its first {@code keep} bytes. */
  static Path truncate(Path file, int keep) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, keep));
    return file;
  }

  /** Writes UTF-8 text, making parent folders. */
  static Path text(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Writes a zip whose entries are name to content (a name ending in / is a folder). */
  static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getValue() != null) {
          out.write(e.getValue());
        }
        out.closeEntry();
      }
    }
    return file;
  }

  /** Writes a zip with one Unix symlink entry named {@code name} pointing at {@code target}. */
  static Path zipWithSymlink(Path file, String name, String target) throws IOException {
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
      ZipArchiveEntry ok = new ZipArchiveEntry("data/a.csv");
      out.putArchiveEntry(ok);
      out.write("x,y\n1,2\n".getBytes(StandardCharsets.UTF_8));
      out.closeArchiveEntry();
      ZipArchiveEntry link = new ZipArchiveEntry(name);
      link.setUnixMode(0120777);
      out.putArchiveEntry(link);
      out.write(target.getBytes(StandardCharsets.UTF_8));
      out.closeArchiveEntry();
    }
    return file;
  }

  /** Writes a zip with one entry of {@code size} zero bytes, which packs to almost nothing. */
  static Path zipOfZeros(Path file, String name, long size) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1 << 20];
      for (long left = size; left > 0; left -= zeros.length) {
        out.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
      out.closeEntry();
    }
    return file;
  }

  /**
   * Rewrites the uncompressed size in every central-directory header of a zip, so the archive
   * claims its entries are {@code claimed} bytes long.
   */
  static void lieAboutSizes(Path zip, int claimed) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = 0; i + 46 <= bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        for (int k = 0; k < 4; k++) {
          bytes[i + 24 + k] = (byte) (claimed >>> (8 * k));
        }
      }
    }
    try (OutputStream out = Files.newOutputStream(zip)) {
      out.write(bytes);
    }
  }
}
