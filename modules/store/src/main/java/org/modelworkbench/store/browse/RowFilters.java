package org.modelworkbench.store.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.WorkbenchException;

/**
 * Finds the rows that meet every {@link RowFilter}, scanning primitive {@link ColumnKeys}. A text
 * condition on a text column is decided once per dictionary entry, not once per row.
 */
final class RowFilters {
  private static final int CHECK_EVERY = 1 << 16;

  private RowFilters() {}

  /**
   * The rows meeting every filter.
   *
   * @param rowCount the dataset's number of rows
   * @param filters the conditions; none keeps every row
   * @param columns the column of each filter by name
   * @param cancel checked now and then
   * @return the kept row indexes, ascending
   */
  static int[] apply(int rowCount, List<RowFilter> filters, Function<String, ColumnKeys> columns,
      CancellationToken cancel) {
    List<IntPredicate> tests = new ArrayList<>();
    for (RowFilter filter : filters) {
      tests.add(test(filter, columns.apply(filter.column())));
    }
    int[] kept = new int[rowCount];
    int count = 0;
    for (int row = 0; row < rowCount; row++) {
      if ((row & (CHECK_EVERY - 1)) == 0) {
        cancel.throwIfCancelled();
      }
      if (meetsAll(tests, row)) {
        kept[count++] = row;
      }
    }
    return count == rowCount ? kept : java.util.Arrays.copyOf(kept, count);
  }

  private static boolean meetsAll(List<IntPredicate> tests, int row) {
    for (IntPredicate test : tests) {
      if (!test.test(row)) {
        return false;
      }
    }
    return true;
  }

  private static IntPredicate test(RowFilter filter, ColumnKeys column) {
    if (filter instanceof RowFilter.Missing) {
      return column::missing;
    }
    if (filter instanceof RowFilter.Between range) {
      if (column.type().holdsStrings()) {
        throw new WorkbenchException("The column '" + filter.column()
            + "' holds text, so it cannot be filtered by a range of numbers. Type a text to look for instead.");
      }
      return row -> !column.missing(row) && range.contains(column.number(row));
    }
    TextTest text;
    if (filter instanceof RowFilter.Contains contains) {
      String wanted = contains.text();
      text = value -> containsIgnoringCase(value, wanted);
    } else {
      String wanted = ((RowFilter.EqualTo) filter).text();
      text = wanted::equals;
    }
    if (!column.isText()) {
      return row -> !column.missing(row) && text.matches(column.text(row));
    }
    String[] entries = column.entries();
    byte[] decided = new byte[entries.length];
    return row -> {
      if (column.missing(row)) {
        return false;
      }
      int code = column.code(row);
      if (decided[code] == 0) {
        decided[code] = text.matches(entries[code]) ? (byte) 1 : (byte) 2;
      }
      return decided[code] == 1;
    };
  }

  /**
   * Whether a text contains another, ignoring case, without lower-casing a copy of it: a
   * free-text column's every row is an entry of its own, often thousands of characters long.
   */
  static boolean containsIgnoringCase(String value, String wanted) {
    int last = value.length() - wanted.length();
    if (wanted.isEmpty()) {
      return true;
    }
    char first = wanted.charAt(0);
    char firstLower = Character.toLowerCase(first);
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0; i <= last; i++) {
      char c = value.charAt(i);
      if ((c == first || c == firstLower || c == firstUpper || Character.toLowerCase(c) == firstLower)
          && value.regionMatches(true, i, wanted, 0, wanted.length())) {
        return true;
      }
    }
    // Letters whose lower case differs in length (a dotted capital I) fall back to the plain way.
    return !isSimple(wanted) && value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
  }

  private static boolean isSimple(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x130) {
        return false;
      }
    }
    return true;
  }

  /** A condition on a value's text. */
  @FunctionalInterface
  private interface TextTest {
    boolean matches(String value);
  }
}
