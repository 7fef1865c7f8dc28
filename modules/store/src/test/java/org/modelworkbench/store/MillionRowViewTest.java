package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowPage;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.RowView;

/**
 * Sorting and filtering a 1,000,000-row columnar dataset: every row checked for order, stability,
 * missing values last and filter results, with generous time bounds (the timings are printed).
 */
class MillionRowViewTest {
  private static final int ROWS = 1_000_000;
  private static final long BOUND_MS = 10_000;
  private static final String[] CITIES = {"Berlin", "bern", "Amsterdam", "zürich", "Oslo", "Ghent", "Alberta",
      "Lyon", "Porto", "Cork"};
  private static final List<ColumnSchema> COLUMNS = List.of(
      new ColumnSchema("id", ColumnType.INTEGER),
      new ColumnSchema("amount", ColumnType.DECIMAL),
      new ColumnSchema("city", ColumnType.CATEGORICAL),
      new ColumnSchema("day", ColumnType.DATE),
      new ColumnSchema("big", ColumnType.INTEGER),
      new ColumnSchema("code", ColumnType.CATEGORICAL));

  @TempDir static Path dir;
  static ProjectDatabase project;
  static DatasetInfo dataset;

  @BeforeAll
  static void importMillionRows() {
    project = ProjectDatabase.open(dir);
    try (DatasetAppender appender = project.datasets().openAppender("million", COLUMNS)) {
      for (int r = 0; r < ROWS; r++) {
        appender.append(row(r));
      }
      dataset = appender.commit("million.csv", "cd".repeat(32), COLUMNS.stream()
          .map(c -> new ColumnProfile(c.name(), c.type(), 0, 0, null, null, null, null, null, null)).toList(),
          List.of(), CancellationToken.none());
    }
  }

  @AfterAll
  static void close() {
    project.close();
  }

  private static long mix(int r, int salt) {
    long x = (r + 1L) * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
    x ^= x >>> 31;
    x *= 0x94D049BB133111EBL;
    return x ^ (x >>> 29);
  }

  /** Row r's values: duplicates in every column, each column missing on its own rhythm. */
  static Object[] row(int r) {
    return new Object[] {
        Math.floorMod(mix(r, 1), 50_000L),
        r % 9 == 0 ? null : Math.floorMod(mix(r, 2), 200_000L) / 100.0 - 1000.0,
        r % 7 == 0 ? null : CITIES[(int) Math.floorMod(mix(r, 3), (long) CITIES.length)],
        r % 11 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(mix(r, 4), 2000L)),
        r % 13 == 0 ? null : mix(r, 5),
        "u" + Math.floorMod(mix(r, 6), 900_000L)};
  }

  private static RowView timed(String what, RowQuery query) {
    return timed(what, query, BOUND_MS);
  }

  private static RowView timed(String what, RowQuery query, long boundMs) {
    long start = System.nanoTime();
    RowView view = project.datasets().view(dataset.id(), query, CancellationToken.none());
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "1M rows: %s took %d ms (%,d rows kept)%n", what, ms, view.rowCount());
    assertThat(ms).as(what).isLessThan(boundMs);
    return view;
  }

  /** The whole view's order, and a check that a page of 250 in the middle reads those rows. */
  private static int[] order(RowView view) {
    int[] rows = view.rowNumbers(0, Integer.MAX_VALUE);
    assertThat(rows).hasSize(view.rowCount());
    int middle = rows.length / 2;
    RowPage page = view.rows(middle, 250);
    assertThat(page.rowNumbers()).containsExactly(java.util.Arrays.copyOfRange(rows, middle,
        Math.min(rows.length, middle + 250)));
    for (int i = 0; i < page.rowNumbers().length; i++) {
      assertThat(page.rows().row(i)).containsExactly(row(page.rowNumber(i)));
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static <T> void assertSorted(int[] rows, int column, Comparator<T> order, boolean ascending) {
    BitSet seen = new BitSet(ROWS);
    boolean inMissing = false;
    for (int i = 0; i < rows.length; i++) {
      assertThat(seen.get(rows[i])).as("row %d twice", rows[i]).isFalse();
      seen.set(rows[i]);
      T value = (T) row(rows[i])[column];
      if (value == null) {
        inMissing = true;
      } else {
        assertThat(inMissing).as("a value after missing ones at %d", i).isFalse();
      }
      if (i == 0) {
        continue;
      }
      T previous = (T) row(rows[i - 1])[column];
      if (previous == null || value == null) {
        if (previous == null && value == null) {
          assertThat(rows[i]).as("missing values keep their order").isGreaterThan(rows[i - 1]);
        }
        continue;
      }
      int c = order.compare(previous, value);
      assertThat(ascending ? c : -c).as("order at %d", i).isLessThanOrEqualTo(0);
      if (c == 0) {
        assertThat(rows[i]).as("ties keep their row order at %d", i).isGreaterThan(rows[i - 1]);
      }
    }
  }

  private static int count(IntPredicate kept) {
    int n = 0;
    for (int r = 0; r < ROWS; r++) {
      n += kept.test(r) ? 1 : 0;
    }
    return n;
  }

  @Test
  void sortsByDecimalsAscendingStablyWithMissingLast() {
    RowView view = timed("sort by a decimal column", new RowQuery(new RowSort("amount", true), List.of()));
    assertThat(view.rowCount()).isEqualTo(ROWS);
    assertThat(view.totalRows()).isEqualTo(ROWS);
    assertSorted(order(view), 1, Comparator.<Double>naturalOrder(), true);
  }

  @Test
  void sortsByTextDescendingIgnoringCaseFirst() {
    RowView view = timed("sort by a text column (10 values)", new RowQuery(new RowSort("city", false), List.of()));
    Comparator<String> text = Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
        .thenComparing(Comparator.naturalOrder());
    int[] rows = order(view);
    assertSorted(rows, 2, text, false);
    assertThat(row(rows[0])[2]).isEqualTo("zürich");
  }

  @Test
  void sortsByWideWholeNumbersAndDatesAndUniqueTexts() {
    assertSorted(order(timed("sort by a 64-bit whole-number column", new RowQuery(new RowSort("big", true), List.of()))),
        4, Comparator.<Long>naturalOrder(), true);
    assertSorted(order(timed("sort by a date column", new RowQuery(new RowSort("day", false), List.of()))),
        3, Comparator.<LocalDate>naturalOrder(), false);
    assertSorted(order(timed("sort by a text column of ~600k distinct values",
        new RowQuery(new RowSort("code", true), List.of()), 3 * BOUND_MS)), 5, Comparator.<String>naturalOrder(), true);
  }

  @Test
  void filtersKeepExactlyTheMatchingRowsInOrder() {
    RowView view = timed("filter text contains 'ber' and a number range",
        new RowQuery(null, List.of(new RowFilter.Contains("city", "BER"),
            new RowFilter.Between("amount", -100, true, 250.5, false))));
    IntPredicate kept = r -> {
      Object[] v = row(r);
      return v[2] != null && ((String) v[2]).toLowerCase(Locale.ROOT).contains("ber")
          && v[1] != null && (Double) v[1] >= -100 && (Double) v[1] < 250.5;
    };
    int[] rows = order(view);
    assertThat(rows).hasSize(count(kept)).isSorted();
    for (int row : rows) {
      assertThat(kept.test(row)).isTrue();
    }
    RowPage page = view.rows(10, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(page.rows().row(i)).containsExactly(row(page.rowNumber(i)));
    }
  }

  @Test
  void filtersAndSortsTogetherAndFindsMissingValues() {
    RowView missing = timed("filter missing only", new RowQuery(null, List.of(new RowFilter.Missing("city"))));
    assertThat(missing.rowCount()).isEqualTo(count(r -> r % 7 == 0));
    RowView both = timed("filter text equals 'Oslo' and sort by a decimal descending",
        new RowQuery(new RowSort("amount", false), List.of(new RowFilter.EqualTo("city", "Oslo"))));
    int[] rows = order(both);
    assertThat(rows).hasSize(count(r -> "Oslo".equals(row(r)[2])));
    for (int row : rows) {
      assertThat(row(row)[2]).isEqualTo("Oslo");
    }
    RowView contains = timed("filter a whole-number column containing '123'",
        new RowQuery(null, List.of(new RowFilter.Contains("id", "123"))));
    assertThat(contains.rowCount()).isEqualTo(count(r -> row(r)[0].toString().contains("123")));
    RowPage last = both.rows(rows.length - 2, 250);
    assertThat(last.rowNumbers()).containsExactly(rows[rows.length - 2], rows[rows.length - 1]);
    assertThat(last.rows().row(1)).containsExactly(row(rows[rows.length - 1]));
  }
}
