package org.modelworkbench.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a file, read once to find the delimiter and whether the first row is a header.
 *
 * <p>It holds about 64k characters and at least a few dozen lines (more for very wide rows), cut
 * after the last complete line so no record is split by the sample's end.
 */
final class FileSample {
  /** Records looked at when sniffing the delimiter and the header. */
  static final int MAX_ROWS = 200;

  private static final int TARGET_CHARS = 1 << 16;
  private static final int MIN_LINE_BREAKS = 40;
  private static final int MAX_CHARS = 1 << 24;

  private final String text;

  FileSample(String text) {
    this.text = text;
  }

  /** Reads the start of a file. */
  static FileSample read(SourceFile file, Charset charset) throws IOException {
    try (InputStream bytes = file.openContent();
         BufferedReader reader = TextDecoding.open(bytes, charset)) {
      StringBuilder sample = new StringBuilder();
      char[] buffer = new char[8192];
      int lineBreaks = 0;
      boolean wholeFile = false;
      while (sample.length() < MAX_CHARS
          && (sample.length() < TARGET_CHARS || lineBreaks < MIN_LINE_BREAKS)) {
        int n = reader.read(buffer);
        if (n < 0) {
          wholeFile = true;
          break;
        }
        // Leading blank text tells nothing, and a huge blank file must not fill memory.
        if (sample.length() == 0 && isBlank(buffer, n)) {
          continue;
        }
        sample.append(buffer, 0, n);
        lineBreaks += countLineBreaks(buffer, n);
      }
      return new FileSample(wholeFile ? sample.toString() : completeLines(sample));
    }
  }

  /** Whether the file holds nothing but blanks. */
  boolean isBlank() {
    return text.isBlank();
  }

  /** The sample's first records when split with the delimiter. */
  List<CsvRow> rows(char delimiter) {
    CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new StringReader(text)), delimiter);
    List<CsvRow> rows = new ArrayList<>();
    try {
      CsvRow row;
      while (rows.size() < MAX_ROWS && (row = reader.next()) != null) {
        rows.add(row);
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException("Reading from a string failed", impossible);
    }
    return rows;
  }

  private static String completeLines(StringBuilder sample) {
    int end = Math.max(sample.lastIndexOf("\n"), sample.lastIndexOf("\r"));
    if (end > 0 && !sample.substring(0, end).isBlank()) {
      return sample.substring(0, end);
    }
    return sample.toString();
  }

  private static boolean isBlank(char[] buffer, int n) {
    for (int i = 0; i < n; i++) {
      if (!Character.isWhitespace(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  private static int countLineBreaks(char[] buffer, int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (buffer[i] == '\n') {
        count++;
      }
    }
    return count;
  }
}
