package org.modelworkbench.data.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises files by their first bytes ("magic numbers"). */
final class FileMagic {
  /** How many leading bytes {@link #head(Path)} reads. */
  static final int HEAD_LENGTH = 16;

  private FileMagic() {}

  /** The first bytes of a file (fewer when it is shorter). */
  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_LENGTH);
    }
  }

  /** Whether the bytes start a zip archive (also every .xlsx, .docx and .pptx). */
  static boolean isZip(byte[] head) {
    return startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6);
  }

  /** Whether the bytes start an OLE2 compound file: old .xls/.doc, or an encrypted .xlsx. */
  static boolean isOle2(byte[] head) {
    return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /**
   * What a known non-data file is, for messages such as "this is a PDF document".
   *
   * @return the description with its article, or null when the bytes are not a known binary
   *     format (zip and OLE2 files are left to the caller)
   */
  static String describeBinary(byte[] head) {
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (startsWith(head, 'B', 'M') && head.length >= 10 && head[6] == 0 && head[7] == 0
        && head[8] == 0 && head[9] == 0) {
      return "a BMP image";
    }
    if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
      return "a TIFF image";
    }
    if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
        && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return "a WebP image";
    }
    if (startsWith(head, 'R', 'a', 'r', '!')) {
      return "a RAR archive";
    }
    if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7-Zip archive";
    }
    if (startsWith(head, 0x7F, 'E', 'L', 'F') || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a program";
    }
    if (startsWith(head, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f')) {
      return "an SQLite database";
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int... expected) {
    if (head.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[i] & 0xFF) != (expected[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
