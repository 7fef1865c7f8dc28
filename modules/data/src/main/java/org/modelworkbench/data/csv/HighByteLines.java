package org.modelworkbench.data.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The lines of a file that hold bytes above 127, the only ones that tell one legacy character set
 * from another, gathered up to a limit.
 *
 * <p>Plain ASCII lines (numbers, codes, English words) say nothing about the charset and would
 * crowd the telling ones out of a detector's window (ICU4J looks at its first 8,000 bytes only).
 * Lines are split at LF bytes, which no legacy charset the detectors know uses inside a
 * character.
 */
final class HighByteLines {
  /** How many bytes of telling lines are gathered at most. */
  static final int LIMIT = 1 << 16;

  private HighByteLines() {}

  /** Gathers the telling lines of some bytes, such as a file's first block. */
  static byte[] of(byte[] bytes) {
    try {
      return of(new ByteArrayInputStream(bytes));
    } catch (IOException impossible) {
      throw new UncheckedIOException("Reading from memory failed", impossible);
    }
  }

  /**
   * Gathers the telling lines of a stream, reading on until the limit is reached (for a file
   * whose first block is plain ASCII, to its end at worst).
   *
   * @return the lines with their LF, in order, at most about {@value #LIMIT} bytes; a line longer
   *     than the limit is cut
   */
  static byte[] of(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean high = false;
    byte[] block = new byte[1 << 16];
    int n;
    while (out.size() < LIMIT && (n = in.read(block)) > 0) {
      for (int i = 0; i < n && out.size() < LIMIT; i++) {
        byte b = block[i];
        line.write(b);
        high |= b < 0;
        // A line without LF must not fill memory: it ends here as if it had one.
        if (b == '\n' || line.size() >= LIMIT) {
          if (high) {
            line.writeTo(out);
          }
          line.reset();
          high = false;
        }
      }
    }
    if (high && out.size() < LIMIT) {
      line.writeTo(out);
    }
    return out.toByteArray();
  }
}
