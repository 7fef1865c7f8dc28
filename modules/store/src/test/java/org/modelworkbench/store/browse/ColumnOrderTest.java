package org.modelworkbench.store.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnType;

/** One sort of a column answering both directions, with and without a filter. */
class ColumnOrderTest {
  private static final ColumnKeys AMOUNTS = ColumnKeys.ofValues(ColumnType.DECIMAL,
      new Object[] {2.5, null, -1.0, 2.5, 0.0, null, -1.0, 7.25, 2.5});
  private static final ColumnKeys NAMES = ColumnKeys.ofValues(ColumnType.CATEGORICAL,
      new Object[] {"bern", "Berlin", null, "apple", "Bern", "bern", "Apple", null});

  @Test
  void ordersAscendingWithTiesInRowOrderAndMissingLast() {
    assertThat(ColumnOrder.of(AMOUNTS).order(null, true)).containsExactly(2, 6, 4, 0, 3, 8, 7, 1, 5);
  }

  @Test
  void ordersDescendingWithTiesStillInRowOrderAndMissingLast() {
    assertThat(ColumnOrder.of(AMOUNTS).order(null, false)).containsExactly(7, 0, 3, 8, 4, 2, 6, 1, 5);
  }

  @Test
  void ordersOnlyTheKeptRows() {
    ColumnOrder order = ColumnOrder.of(AMOUNTS);
    int[] kept = {0, 1, 2, 6, 8};
    assertThat(order.order(kept, true)).containsExactly(2, 6, 0, 8, 1);
    assertThat(order.order(kept, false)).containsExactly(0, 8, 2, 6, 1);
    assertThat(order.order(new int[0], false)).isEmpty();
  }

  @Test
  void ordersTextIgnoringCaseFirst() {
    ColumnOrder order = ColumnOrder.of(NAMES);
    assertThat(order.order(null, true)).containsExactly(6, 3, 1, 4, 0, 5, 2, 7);
    assertThat(order.order(null, false)).containsExactly(0, 5, 4, 1, 3, 6, 2, 7);
  }

  @Test
  void handlesColumnsWithoutValuesOrWithoutRows() {
    ColumnKeys empty = ColumnKeys.ofValues(ColumnType.DATE, new Object[] {null, null, null});
    assertThat(ColumnOrder.of(empty).order(null, false)).containsExactly(0, 1, 2);
    ColumnKeys none = ColumnKeys.ofValues(ColumnType.DATE, new Object[0]);
    assertThat(ColumnOrder.of(none).order(null, true)).isEmpty();
    ColumnKeys days = ColumnKeys.ofValues(ColumnType.DATE,
        new Object[] {LocalDate.of(2024, 5, 1), LocalDate.of(1999, 1, 1), LocalDate.of(2024, 5, 1)});
    assertThat(ColumnOrder.of(days).order(new int[] {0, 1, 2}, false)).containsExactly(0, 2, 1);
  }

  @Test
  void theCacheKeepsRecentOrdersUpToItsRows() {
    ColumnOrderCache cache = new ColumnOrderCache();
    int[] sorts = {0};
    java.util.function.Supplier<ColumnOrder> sortAmounts = () -> {
      sorts[0]++;
      return ColumnOrder.of(AMOUNTS);
    };
    ColumnOrder first = cache.get(1, 0, sortAmounts);
    assertThat(cache.get(1, 0, sortAmounts)).isSameAs(first);
    assertThat(sorts[0]).isEqualTo(1);
    cache.get(2, 0, sortAmounts);
    cache.get(1, 1, sortAmounts);
    assertThat(sorts[0]).isEqualTo(3);
    assertThat(cache.get(1, 0, sortAmounts)).isSameAs(first);
  }
}
