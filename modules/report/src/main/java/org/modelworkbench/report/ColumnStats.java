package org.modelworkbench.report;

import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;

/**
 * Minimum, mean and maximum of a column as text, in the column's own terms: numbers as numbers,
 * dates as dates (they are stored as epoch days), timestamps as date and time (epoch seconds),
 * booleans as false/true with the mean as the share of true.
 */
final class ColumnStats {
  private ColumnStats() {}

  /** The minimum, or a dash. */
  static String min(ColumnProfile column) {
    return bound(column.type(), column.min());
  }

  /** The maximum, or a dash. */
  static String max(ColumnProfile column) {
    return bound(column.type(), column.max());
  }

  /** The mean, or a dash. */
  static String mean(ColumnProfile column) {
    Double mean = column.mean();
    if (mean == null || column.type() == null) {
      return Formats.NONE;
    }
    return switch (column.type()) {
      case BOOLEAN -> Formats.percent(mean) + " true";
      case CATEGORICAL, TEXT -> Formats.NONE;
      default -> bound(column.type(), mean);
    };
  }

  private static String bound(ColumnType type, Double value) {
    if (value == null || type == null) {
      return Formats.NONE;
    }
    return switch (type) {
      case INTEGER, DECIMAL -> Formats.decimal(value);
      case DATE -> Formats.epochDay(value);
      case TIMESTAMP -> Formats.epochSecond(value);
      case BOOLEAN -> value >= 0.5 ? "true" : "false";
      case CATEGORICAL, TEXT -> Formats.NONE;
    };
  }
}
