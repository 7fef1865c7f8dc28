package org.modelworkbench.app.desktop.dataset;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.WorkbenchException;

/**
 * Turns what the analyst typed in the filter bar into a {@link RowFilter} for one column. For a
 * number column: {@code 42}, {@code >100}, {@code <=0.5}, {@code 10..20} or {@code 10 to 20}. For
 * any other column: a text the value contains (ignoring case), or {@code =text} for exactly that
 * value. A phrase in double quotes ({@code "late delivery"}) is looked for as it is, spaces and
 * all, without the quotes: the way to find a phrase in a free-text column.
 */
final class FilterText {
  private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
  private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)?\\s*" + NUMBER);
  private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*(?:\\.\\.|to)\\s*" + NUMBER);

  private FilterText() {}

  /** A hint for the text field of a column of this type. */
  static String hint(ColumnType type) {
    if (type == ColumnType.TEXT) {
      return "A word or \"a phrase\"";
    }
    return type != null && type.isNumeric() ? "42, >100, 10..20" : "Contains… (=text for exact)";
  }

  /**
   * The filter the text means for a column.
   *
   * @param column the column's name
   * @param type the column's type
   * @param text what was typed; blank means no filter
   * @return the filter, or empty for none
   * @throws WorkbenchException with a plain message when a number column's text is not a number,
   *     comparison or range
   */
  static Optional<RowFilter> parse(String column, ColumnType type, String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    if (type == null || !type.isNumeric()) {
      if (typed.length() > 1 && typed.startsWith("=")) {
        return Optional.of(new RowFilter.EqualTo(column, typed.substring(1).strip()));
      }
      if (typed.length() > 2 && typed.startsWith("\"") && typed.endsWith("\"")) {
        String phrase = typed.substring(1, typed.length() - 1);
        if (!phrase.isBlank()) {
          return Optional.of(new RowFilter.Contains(column, phrase));
        }
      }
      return Optional.of(new RowFilter.Contains(column, typed));
    }
    String compact = typed.replace("_", "").toLowerCase(Locale.ROOT);
    Matcher range = RANGE.matcher(compact);
    if (range.matches()) {
      double a = Double.parseDouble(range.group(1));
      double b = Double.parseDouble(range.group(2));
      return Optional.of(new RowFilter.Between(column, Math.min(a, b), true, Math.max(a, b), true));
    }
    Matcher comparison = COMPARISON.matcher(compact);
    if (!comparison.matches()) {
      throw new WorkbenchException("'" + typed + "' is not a number. For " + column
          + " type a number (42), a comparison (>100, <=0.5) or a range (10..20).");
    }
    String operator = comparison.group(1) == null ? "=" : comparison.group(1);
    double value = Double.parseDouble(comparison.group(2));
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    RowFilter filter = switch (operator) {
      case ">" -> new RowFilter.Between(column, value, false, high, true);
      case ">=" -> new RowFilter.Between(column, value, true, high, true);
      case "<" -> new RowFilter.Between(column, low, true, value, false);
      case "<=" -> new RowFilter.Between(column, low, true, value, true);
      default -> new RowFilter.Between(column, value, true, value, true);
    };
    return Optional.of(filter);
  }
}
