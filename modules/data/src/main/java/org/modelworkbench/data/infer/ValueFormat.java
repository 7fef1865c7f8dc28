package org.modelworkbench.data.infer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnType;

/**
 * A text layout that a column's values can have, with the column type it yields and the parser
 * that turns a cell into that type's Java value.
 *
 * <p>The declaration order is the order of preference when several formats fit every value of a
 * column: whole numbers before decimals, ISO dates before day-first before month-first dates, and
 * text last.
 */
public enum ValueFormat {
  /** Optionally signed whole numbers that fit in a {@code long}. */
  INTEGER(ColumnType.INTEGER) {
    @Override
    Object parseOrNull(String v) {
      return NumberText.parseLongOrNull(v);
    }

    @Override
    public boolean accepts(String v) {
      return NumberText.isLong(v);
    }

    @Override
    public boolean parseInto(String text, int from, int to, ColumnBatch batch, int column, int row) {
      return NumberText.parseLongInto(text, from, to, batch.longs(column), row);
    }
  },
  /** Decimal numbers with a point, such as {@code -1.5e3}. */
  DECIMAL(ColumnType.DECIMAL) {
    @Override
    Object parseOrNull(String v) {
      return NumberText.parseDecimalOrNull(v, '.');
    }

    @Override
    public boolean accepts(String v) {
      return NumberText.isDecimal(v, '.');
    }

    @Override
    public boolean parseInto(String text, int from, int to, ColumnBatch batch, int column, int row) {
      return NumberText.parseDecimalInto(text, from, to, '.', batch.doubles(column), row);
    }
  },
  /**
   * Decimal numbers with a comma, such as {@code 1,5}; only possible when the file's delimiter is
   * not a comma.
   */
  DECIMAL_COMMA(ColumnType.DECIMAL) {
    @Override
    Object parseOrNull(String v) {
      return NumberText.parseDecimalOrNull(v, ',');
    }

    @Override
    public boolean accepts(String v) {
      return NumberText.isDecimal(v, ',');
    }

    @Override
    public boolean parseInto(String text, int from, int to, ColumnBatch batch, int column, int row) {
      return NumberText.parseDecimalInto(text, from, to, ',', batch.doubles(column), row);
    }
  },
  /** true/false, yes/no and y/n in any case. */
  BOOLEAN(ColumnType.BOOLEAN) {
    @Override
    Object parseOrNull(String v) {
      return BooleanText.parse(v);
    }
  },
  /** ISO dates, {@code yyyy-MM-dd}. */
  DATE_ISO(ColumnType.DATE) {
    @Override
    Object parseOrNull(String v) {
      return DateText.parseIso(v);
    }

    @Override
    public boolean parseInto(String text, int from, int to, ColumnBatch batch, int column, int row) {
      long day = DateText.isoEpochDay(text, from, to);
      if (day == DateText.NOT_A_DATE) {
        return false;
      }
      batch.longs(column)[row] = day;
      return true;
    }
  },
  /** Day-first dates with slashes, {@code dd/MM/yyyy}. */
  DATE_DAY_MONTH_YEAR_SLASH(ColumnType.DATE) {
    @Override
    Object parseOrNull(String v) {
      return DateText.parseDayFirst(v, '/');
    }
  },
  /** Day-first dates with dots, {@code dd.MM.yyyy}. */
  DATE_DAY_MONTH_YEAR_DOT(ColumnType.DATE) {
    @Override
    Object parseOrNull(String v) {
      return DateText.parseDayFirst(v, '.');
    }
  },
  /** Month-first dates with slashes, {@code MM/dd/yyyy}. */
  DATE_MONTH_DAY_YEAR_SLASH(ColumnType.DATE) {
    @Override
    Object parseOrNull(String v) {
      return DateText.parseMonthFirst(v, '/');
    }
  },
  /** ISO date and time, {@code yyyy-MM-ddTHH:mm[:ss]} or with a space instead of the T. */
  TIMESTAMP(ColumnType.TIMESTAMP) {
    @Override
    Object parseOrNull(String v) {
      return TimestampText.parse(v);
    }
  },
  /** Any text; the fallback that fits every value. */
  TEXT(ColumnType.CATEGORICAL) {
    @Override
    Object parseOrNull(String v) {
      return v;
    }
  };

  private final ColumnType columnType;

  ValueFormat(ColumnType columnType) {
    this.columnType = columnType;
  }

  /** The column type a column of this format gets. */
  public ColumnType columnType() {
    return columnType;
  }

  /**
   * Whether a trimmed, non-missing cell fits this format.
   *
   * @param value the cell text, trimmed
   * @return true when {@link #parse(String)} would succeed
   */
  public boolean accepts(String value) {
    return parseOrNull(value) != null;
  }

  /**
   * Converts a trimmed, non-missing cell to the Java type of {@link #columnType()}.
   *
   * @param value the cell text, trimmed
   * @return the value as {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate},
   *     {@code LocalDateTime} or {@code String}
   * @throws IllegalArgumentException when the cell does not fit this format
   */
  public Object parse(String value) {
    Object parsed = parseOrNull(value);
    if (parsed == null) {
      throw new IllegalArgumentException("'" + value + "' is not " + this);
    }
    return parsed;
  }

  /**
   * Converts a trimmed, non-missing cell as {@link #parse(String)} does, without throwing.
   *
   * @param value the cell text, trimmed
   * @return the value, or null when the cell does not fit this format
   */
  public Object tryParse(String value) {
    return parseOrNull(value);
  }

  /**
   * Converts a trimmed, non-missing cell as {@link #parse(String)} does, straight into a batch's
   * slot (see {@link ColumnBatch} for how each type is held), without an object per number.
   *
   * @param value the cell text, trimmed
   * @param batch the batch; its column must have this format's column type
   * @param column the column
   * @param row the row
   * @return false, leaving the slot as it was, when the cell does not fit this format
   */
  public boolean parseInto(String value, ColumnBatch batch, int column, int row) {
    return parseInto(value, 0, value.length(), batch, column, row);
  }

  /**
   * Converts the trimmed, non-missing cell {@code text[from, to)} as {@link #parseInto(String,
   * ColumnBatch, int, int)} does; numbers are read in place, without copying the text.
   *
   * @param text the text holding the cell, such as a whole line
   * @param from where the cell starts
   * @param to where the cell ends (exclusive)
   * @param batch the batch; its column must have this format's column type
   * @param column the column
   * @param row the row
   * @return false, leaving the slot as it was, when the cell does not fit this format
   */
  public boolean parseInto(String text, int from, int to, ColumnBatch batch, int column, int row) {
    Object parsed = parseOrNull(from == 0 && to == text.length() ? text : text.substring(from, to));
    if (parsed == null) {
      return false;
    }
    switch (columnType) {
      case INTEGER -> batch.longs(column)[row] = (Long) parsed;
      case DECIMAL -> batch.doubles(column)[row] = (Double) parsed;
      case BOOLEAN -> batch.longs(column)[row] = (Boolean) parsed ? 1 : 0;
      case DATE -> batch.longs(column)[row] = ((LocalDate) parsed).toEpochDay();
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) parsed;
        batch.longs(column)[row] = t.toEpochSecond(ZoneOffset.UTC);
        batch.nanos(column)[row] = t.getNano();
      }
      case CATEGORICAL, TEXT -> batch.texts(column)[row] = (String) parsed;
    }
    return true;
  }

  /** The parsed value, or null when the cell does not fit. */
  abstract Object parseOrNull(String value);
}
