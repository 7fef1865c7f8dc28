package org.modelworkbench.data.csv;

import java.util.List;
import org.modelworkbench.data.infer.MissingValues;

/**
 * One record as split by {@link CsvRecordReader}: its fields, where it starts, its raw text, and
 * a problem when its quotes are broken.
 *
 * <p>A record of one line without quotes keeps only where its fields start and end in the line;
 * the field strings are made the first time {@link #fields()} is asked for them, so a reader that
 * converts numbers in place ({@link #fieldStart}, {@link #fieldEnd}) never makes them.
 */
final class CsvRow {
  private static final String ELLIPSIS = "…";

  private final long line;
  private String[] fields;
  // Start and end of each field in firstLine, for a record whose strings are not made yet.
  private final int[] bounds;
  private boolean cleanWhenMade;
  private final String quoteProblem;
  private final String firstLine;
  private final List<String> moreLines;

  private CsvRow(long line, String[] fields, int[] bounds, String quoteProblem, String firstLine,
      List<String> moreLines) {
    this.line = line;
    this.fields = fields;
    this.bounds = bounds;
    this.quoteProblem = quoteProblem;
    this.firstLine = firstLine;
    this.moreLines = moreLines;
  }

  /** A well-formed record; moreLines holds the physical lines after the first, or null. */
  static CsvRow of(long line, String[] fields, String firstLine, List<String> moreLines) {
    return new CsvRow(line, fields, null, null, firstLine, moreLines);
  }

  /**
   * A record of one line without quotes, split at the given places.
   *
   * @param bounds start and end (exclusive) of each field in the line, two numbers per field
   */
  static CsvRow unquoted(long line, String text, int[] bounds) {
    return new CsvRow(line, null, bounds, null, text, null);
  }

  /** A record whose quotes are broken; only its first physical line belongs to it. */
  static CsvRow broken(long line, String problem, String firstLine) {
    return new CsvRow(line, null, null, problem, firstLine, null);
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
    if (fields == null && bounds != null) {
      String[] made = new String[bounds.length / 2];
      for (int c = 0; c < made.length; c++) {
        made[c] = firstLine.substring(bounds[2 * c], bounds[2 * c + 1]);
      }
      fields = made;
      if (cleanWhenMade) {
        cleanFields();
      }
    }
    return fields;
  }

  /** How many fields the record has; -1 when its quotes are broken. */
  int fieldCount() {
    return fields != null ? fields.length : bounds != null ? bounds.length / 2 : -1;
  }

  /**
   * Whether the field strings are not made yet, so a field is best read in place from {@link
   * #text()} between {@link #fieldStart} and {@link #fieldEnd}; such fields are as read, not
   * cleaned.
   */
  boolean isUnmade() {
    return fields == null && bounds != null;
  }

  /** The record's line. */
  String text() {
    return firstLine;
  }

  /** Where a field starts in {@link #text()}; only while {@link #isUnmade()}. */
  int fieldStart(int column) {
    return bounds[2 * column];
  }

  /** Where a field ends (exclusive) in {@link #text()}; only while {@link #isUnmade()}. */
  int fieldEnd(int column) {
    return bounds[2 * column + 1];
  }

  /**
   * Replaces each field, in place, by its trimmed text or by null when it holds a missing-value
   * token (see {@link MissingValues#trimToNull}); a broken record is left as it is.
   */
  void cleanFields() {
    if (fields == null) {
      cleanWhenMade = bounds != null;
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
    if (fieldCount() != expectedFields) {
      return "expected " + expectedFields + " fields but found " + fieldCount();
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
