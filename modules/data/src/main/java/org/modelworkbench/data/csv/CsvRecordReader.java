package org.modelworkbench.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Splits text into CSV records following RFC 4180: fields may be quoted with {@code "}, a quoted
 * field may hold the delimiter, line breaks and doubled quotes. Blanks around a quoted field are
 * allowed; a quote inside an unquoted field is kept as text. Blank lines are skipped.
 *
 * <p>A line without quotes is only split at its delimiters; its field strings are made when they
 * are needed (see {@link CsvRow#unquoted}).
 *
 * <p>Broken quoting never swallows good rows: when a quoted field is never closed, or text follows
 * a closing quote, the record's first physical line is returned as a broken row and reading goes
 * on with the next physical line.
 */
final class CsvRecordReader {
  static final String UNCLOSED_QUOTE =
      "a quoted field starts on this line but its closing quote is missing";

  private final BufferedReader in;
  private final char delimiter;
  // Lines read past a broken record, handed out again before reading further.
  private final Deque<PendingLine> pending = new ArrayDeque<>();
  private long linesReadFromInput;
  private long currentLine;
  // Fields of the record being split; reused, and copied to an exact-size array per record.
  private String[] scratch = new String[16];
  // Field bounds of an unquoted record; reused, and copied to an exact-size array per record.
  private int[] bounds = new int[32];
  private int fieldCount;

  /**
   * Reads records from text.
   *
   * @param in the text, positioned after any byte order mark
   * @param delimiter the field delimiter
   */
  CsvRecordReader(BufferedReader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The next record, or null at the end of the text. */
  CsvRow next() throws IOException {
    String text;
    do {
      text = nextLine();
      if (text == null) {
        return null;
      }
    } while (text.isBlank());
    return parse(currentLine, text);
  }

  private CsvRow parse(long startLine, String firstLine) throws IOException {
    if (firstLine.indexOf('"') < 0) {
      return unquoted(startLine, firstLine);
    }
    fieldCount = 0;
    List<String> moreLines = null;
    String s = firstLine;
    int i = 0;
    while (true) {
      int quote = openingQuote(s, i);
      if (quote < 0) {
        int end = s.indexOf(delimiter, i);
        if (end < 0) {
          add(s.substring(i));
          break;
        }
        add(s.substring(i, end));
        i = end + 1;
        continue;
      }
      StringBuilder value = new StringBuilder();
      int from = quote + 1;
      while (true) {
        int q = s.indexOf('"', from);
        if (q < 0) {
          // The field goes on over the line break.
          value.append(s, from, s.length()).append('\n');
          String next = nextLine();
          if (next == null) {
            return broken(startLine, firstLine, moreLines, UNCLOSED_QUOTE);
          }
          if (moreLines == null) {
            moreLines = new ArrayList<>(2);
          }
          moreLines.add(next);
          s = next;
          from = 0;
          continue;
        }
        value.append(s, from, q);
        if (q + 1 < s.length() && s.charAt(q + 1) == '"') {
          value.append('"');
          from = q + 2;
          continue;
        }
        i = skipPadding(s, q + 1);
        break;
      }
      add(value.toString());
      if (i == s.length()) {
        break;
      }
      if (s.charAt(i) != delimiter) {
        return broken(startLine, firstLine, moreLines,
            "field " + fieldCount + " has text after its closing quote");
      }
      i++;
    }
    return CsvRow.of(startLine, Arrays.copyOf(scratch, fieldCount), firstLine, moreLines);
  }

  /**
   * Splits a line without quotes at its delimiters, as the general parse would, but keeps only
   * where the fields are (see {@link CsvRow#unquoted}).
   */
  private CsvRow unquoted(long startLine, String s) {
    int n = 0;
    int i = 0;
    while (true) {
      if (n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      int end = s.indexOf(delimiter, i);
      bounds[n++] = i;
      bounds[n++] = end < 0 ? s.length() : end;
      if (end < 0) {
        return CsvRow.unquoted(startLine, s, Arrays.copyOf(bounds, n));
      }
      i = end + 1;
    }
  }

  private void add(String field) {
    if (fieldCount == scratch.length) {
      scratch = Arrays.copyOf(scratch, fieldCount * 2);
    }
    scratch[fieldCount++] = field;
  }

  /** Gives back the lines after the record's first one so they are read as records of their own. */
  private CsvRow broken(long startLine, String firstLine, List<String> moreLines, String problem) {
    if (moreLines != null) {
      for (int k = moreLines.size() - 1; k >= 0; k--) {
        pending.addFirst(new PendingLine(startLine + 1 + k, moreLines.get(k)));
      }
    }
    return CsvRow.broken(startLine, problem, firstLine);
  }

  /** Position of the quote that opens a field starting at i, or -1 when the field is unquoted. */
  private int openingQuote(String s, int i) {
    int j = skipPadding(s, i);
    return j < s.length() && s.charAt(j) == '"' ? j : -1;
  }

  private int skipPadding(String s, int i) {
    int j = i;
    while (j < s.length() && isPadding(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private boolean isPadding(char c) {
    return (c == ' ' || c == '\t') && c != delimiter;
  }

  private String nextLine() throws IOException {
    PendingLine again = pending.pollFirst();
    if (again != null) {
      currentLine = again.number();
      return again.text();
    }
    String text = in.readLine();
    if (text != null) {
      currentLine = ++linesReadFromInput;
    }
    return text;
  }

  /** A physical line to be read again, with its 1-based number. */
  private record PendingLine(long number, String text) {}
}
