package org.modelworkbench.services.datasets.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * A stored value as the text a CSV cell holds, in the form the importer reads back as the same
 * type: whole numbers plainly, decimals with a decimal point even when whole ({@code 151.0}, so
 * the column stays decimal), {@code true}/{@code false}, ISO dates, and timestamps as
 * {@code yyyy-MM-dd HH:mm:ss} with a fraction only when there is one. Missing is the empty text.
 */
final class CellText {
  // LocalDateTime.toString drops ":00" seconds and uses a T; this form is what spreadsheets and
  // most readers take for a date and time, and the importer reads it back exactly.
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .toFormatter();

  private CellText() {}

  /**
   * The text of a value of one of the Java types {@link org.modelworkbench.model.ColumnType}
   * names.
   *
   * @param value the value, or null when missing
   * @return its text; "" for a missing value
   */
  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime timestamp) {
      return TIMESTAMP.format(timestamp);
    }
    // Long, Boolean and LocalDate print as the importer reads them; Double.toString keeps a
    // decimal point (5.0, 1.0E-7) and parses back to the same double.
    return value.toString();
  }
}
