package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Lazy paging of rows, tested with executors the test drives by hand. */
class RowPagerTest {
  private final List<Integer> requestedOffsets = new ArrayList<>();
  private final Queue<Runnable> background = new ArrayDeque<>();

  private List<Object[]> page(int offset, int limit) {
    requestedOffsets.add(offset);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      rows.add(new Object[] {(long) (offset + i)});
    }
    return rows;
  }

  @Test
  void asksForAPageOnlyWhenARowOfItIsShownAndServesItFromMemoryAfterwards() {
    RowPager pager = new RowPager(this::page, 1_000_000, 100, 4, background::add, Runnable::run);
    int[] loaded = {0};
    pager.setOnPageLoaded(() -> loaded[0]++);
    assertThat(pager.row(250)).isNull();
    assertThat(requestedOffsets).isEmpty();
    background.poll().run();
    assertThat(requestedOffsets).containsExactly(200);
    assertThat(loaded[0]).isEqualTo(1);
    assertThat(pager.row(250)).containsExactly(250L);
    assertThat(pager.row(299)).containsExactly(299L);
    assertThat(background).isEmpty();
  }

  @Test
  void loadsTheLastAskedPageFirstAndSkipsPagesScrolledPast() {
    RowPager pager = new RowPager(this::page, 1_000_000, 100, 10, background::add, Runnable::run);
    pager.row(0);
    for (int page = 1; page <= 8; page++) {
      pager.row(page * 100);
    }
    while (!background.isEmpty()) {
      background.poll().run();
    }
    assertThat(requestedOffsets.get(0)).isEqualTo(0);
    assertThat(requestedOffsets.get(1)).isEqualTo(800);
    assertThat(requestedOffsets).hasSize(5).doesNotContain(100, 200, 300);
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedPages() {
    RowPager pager = new RowPager(this::page, 10_000, 10, 3, Runnable::run, Runnable::run);
    for (int page = 0; page < 6; page++) {
      pager.row(page * 10);
    }
    assertThat(pager.pagesInMemory()).isEqualTo(3);
    assertThat(pager.isLoaded(0)).isFalse();
    assertThat(pager.isLoaded(55)).isTrue();
  }

  @Test
  void theLastPageIsShortAndRowsOutsideTheTableAreNull() {
    RowPager pager = new RowPager(this::page, 105, 50, 3, Runnable::run, Runnable::run);
    pager.row(104);
    assertThat(pager.row(104)).containsExactly(104L);
    assertThat(pager.row(105)).isNull();
    assertThat(pager.row(-1)).isNull();
  }

  @Test
  void reportsAReadErrorOnceAndStopsAsking() {
    List<Throwable> errors = new ArrayList<>();
    RowPager pager = new RowPager((offset, limit) -> {
      throw new IllegalStateException("database closed");
    }, 100, 10, 3, Runnable::run, Runnable::run);
    pager.setOnError(errors::add);
    pager.row(0);
    pager.row(50);
    assertThat(errors).hasSize(1);
  }
}
