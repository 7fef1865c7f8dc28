package org.modelworkbench.data.csv;

import java.util.List;
import org.modelworkbench.data.infer.MissingValues;

/**
 * One record as split by {@link CsvRecordReader}: its fields, where it starts, its raw text, and
 * a problem when its quotes are broken.
 */
final class CsvRow {
  private static final String ELLIPSIS = "…";

  private final long line;
  private final String[] fields;
  private final String quoteProblem;
  private final String firstLine;
  private final List<String> moreLines;

  private CsvRow(long line, String[] fields, String quoteProblem, String firstLine, List<String> moreLines) {
    this.line = line;
    this.fields = fields;
    this.quoteProblem = quoteProblem;
    this.firstLine = firstLine;
    this.moreLines = moreLines;
  }

  /** A well-formed record; moreLines holds the physical lines after the first, or null. */
  static CsvRow of(long line, String[] fields, String firstLine, List<String> moreLines) {
    return new CsvRow(line, fields, null, firstLine, moreLines);
  }

  /** A record whose quotes are broken; only its first physical line belongs to it. */
  static CsvRow broken(long line, String problem, String firstLine) {
    return new CsvRow(line, null, problem, firstLine, null);
  }

  /** The 1-based physical line the record starts on. */
  long line() {
    return line;
  }

  /**
   * The fields as read (not trimmed, unless {@link #cleanFields()} was called), or null when the
   * quotes are broken.
   */
  String[] fields() {
    return fields;
  }

  /**
   * Replaces each field, in place, by its trimmed text or by null when it holds a missing-value
   * token (see {@link MissingValues#trimToNull}); a broken record is left as it is.
   */
  void cleanFields() {
    if (fields == null) {
      return;
    }
    for (int c = 0; c < fields.length; c++) {
      fields[c] = MissingValues.trimToNull(fields[c]);
    }
  }

  /** Whether the record's quotes are broken, so it has no fields. */
  boolean isBroken() {
    return quoteProblem != null;
  }

  /**
   * Why this record cannot be a data row with the given number of fields, or null when it can.
   */
  String problemWith(int expectedFields) {
    if (quoteProblem != null) {
      return quoteProblem;
    }
    if (fields.length != expectedFields) {
      return "expected " + expectedFields + " fields but found " + fields.length;
    }
    return null;
  }

  /** The record's text as in the file (line breaks as {@code \n}), cut to at most maxChars. */
  String rawText(int maxChars) {
    String text = moreLines == null ? firstLine : firstLine + "\n" + String.join("\n", moreLines);
    if (text.length() <= maxChars) {
      return text;
    }
    return text.substring(0, maxChars - ELLIPSIS.length()) + ELLIPSIS;
  }
}
