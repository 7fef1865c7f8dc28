package org.modelworkbench.data.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.modelworkbench.data.infer.ColumnTypeInferrer;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;

/**
 * One column of cells that may already be typed (spreadsheet numbers, dates and booleans, JSON
 * numbers) or may be text. It collects the values, then picks one column type for all of them:
 * text cells are typed like CSV cells by {@link ColumnTypeInferrer}, and a column whose cells
 * agree (numbers with number-like text, dates with date-like text) gets that type; any other mix
 * becomes text.
 */
final class TypedColumn {
  private enum Kind { NUMBER, BOOLEAN, DATE, TIMESTAMP, TEXT }

  private final String name;
  private final ColumnTypeInferrer textInferrer;
  private final EnumSet<Kind> typedKinds = EnumSet.noneOf(Kind.class);
  private boolean typedNumbersWhole = true;
  private boolean hasText;
  private Object[] values = new Object[16];
  private int size;

  /**
   * Creates an empty column.
   *
   * @param name the column name
   * @param decimalCommaAllowed whether text such as {@code 1,5} may be a decimal number
   */
  TypedColumn(String name, boolean decimalCommaAllowed) {
    this.name = name;
    this.textInferrer = new ColumnTypeInferrer(decimalCommaAllowed);
  }

  /** A number as stored: {@code Long} when whole and in range, else {@code Double}. */
  static Object number(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
      return stripped.longValue();
    }
    return n.doubleValue();
  }

  /**
   * Appends a cell.
   *
   * @param value null, a {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate},
   *     {@code LocalDateTime}, or a {@code String} (trimmed here; missing-value tokens become null)
   */
  void add(Object value) {
    Object v = value;
    if (v instanceof String s) {
      v = MissingValues.trimToNull(s);
      if (v != null) {
        hasText = true;
        textInferrer.accept((String) v);
      }
    } else if (v instanceof Long) {
      typedKinds.add(Kind.NUMBER);
    } else if (v instanceof Double d) {
      typedKinds.add(Kind.NUMBER);
      typedNumbersWhole = false;
      if (d.isNaN()) {
        v = null;
      }
    } else if (v instanceof Boolean) {
      typedKinds.add(Kind.BOOLEAN);
    } else if (v instanceof LocalDate) {
      typedKinds.add(Kind.DATE);
    } else if (v instanceof LocalDateTime) {
      typedKinds.add(Kind.TIMESTAMP);
    } else if (v != null) {
      throw new IllegalArgumentException("Unsupported cell value " + v.getClass());
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  /** Appends missing values until the column has {@code rows} cells. */
  void padTo(int rows) {
    while (size < rows) {
      add(null);
    }
  }

  /** The number of cells. */
  int size() {
    return size;
  }

  /** The column's schema and its values converted to that type's Java class. */
  Resolved resolve() {
    ValueFormat textFormat = hasText ? textInferrer.result() : null;
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    kinds.addAll(typedKinds);
    if (textFormat != null) {
      kinds.add(kindOf(textFormat));
    }
    ColumnType type = typeOf(kinds, textFormat);
    Object[] out = new Object[size];
    for (int r = 0; r < size; r++) {
      Object v = values[r];
      if (v == null) {
        continue;
      }
      if (type == ColumnType.CATEGORICAL) {
        out[r] = v instanceof String s ? s : textOf(v);
      } else {
        out[r] = coerce(v instanceof String s ? textFormat.parse(s) : v, type);
      }
    }
    return new Resolved(new ColumnSchema(name, type), out);
  }

  private ColumnType typeOf(Set<Kind> kinds, ValueFormat textFormat) {
    if (kinds.isEmpty() || kinds.contains(Kind.TEXT)) {
      return ColumnType.CATEGORICAL;
    }
    if (kinds.equals(EnumSet.of(Kind.NUMBER))) {
      boolean textWhole = textFormat == null || textFormat == ValueFormat.INTEGER;
      return typedNumbersWhole && textWhole ? ColumnType.INTEGER : ColumnType.DECIMAL;
    }
    if (kinds.equals(EnumSet.of(Kind.BOOLEAN))) {
      return ColumnType.BOOLEAN;
    }
    if (kinds.equals(EnumSet.of(Kind.DATE))) {
      return ColumnType.DATE;
    }
    if (kinds.equals(EnumSet.of(Kind.TIMESTAMP)) || kinds.equals(EnumSet.of(Kind.DATE, Kind.TIMESTAMP))) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.CATEGORICAL;
  }

  private static Kind kindOf(ValueFormat format) {
    switch (format.columnType()) {
      case INTEGER:
      case DECIMAL:
        return Kind.NUMBER;
      case BOOLEAN:
        return Kind.BOOLEAN;
      case DATE:
        return Kind.DATE;
      case TIMESTAMP:
        return Kind.TIMESTAMP;
      default:
        return Kind.TEXT;
    }
  }

  private static Object coerce(Object v, ColumnType type) {
    if (type == ColumnType.DECIMAL && v instanceof Long l) {
      return l.doubleValue();
    }
    if (type == ColumnType.TIMESTAMP && v instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    return v;
  }

  /** How a typed value reads as text in a column of mixed cells. */
  private static String textOf(Object v) {
    if (v instanceof Double d) {
      return d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  /**
   * A finished column.
   *
   * @param schema its name and type
   * @param values its values, of the Java class the type names
   */
  record Resolved(ColumnSchema schema, Object[] values) {}
}
