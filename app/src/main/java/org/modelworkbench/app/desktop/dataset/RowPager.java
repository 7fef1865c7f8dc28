package org.modelworkbench.app.desktop.dataset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Fetches rows page by page in the background as the table asks for them, so a million rows
 * scroll smoothly. Keeps the most recently used pages, loads one page at a time and always the
 * one asked for last (when the user scrolls fast, pages flown past are skipped).
 *
 * <p>Every method except the source's {@link PageSource#page} runs on the UI thread.
 */
public final class RowPager {
  /** Reads a page of rows; called on a background thread. */
  @FunctionalInterface
  public interface PageSource {
    /**
     * Reads rows.
     *
     * @param offset the first row, 0-based
     * @param limit how many rows at most
     * @return one array of values per row
     */
    List<Object[]> page(int offset, int limit);
  }

  private static final int MAX_WAITING = 4;

  private final PageSource source;
  private final int rowCount;
  private final int pageSize;
  private final Executor background;
  private final Executor ui;
  private final Map<Integer, List<Object[]>> cache;
  private final Deque<Integer> waiting = new ArrayDeque<>();
  private int loadingPage = -1;
  private Runnable onPageLoaded = () -> {};
  private Consumer<Throwable> onError = error -> {};
  private boolean failed;

  /**
   * Creates a pager.
   *
   * @param source reads pages
   * @param rowCount the number of rows
   * @param pageSize rows per page
   * @param maxPages pages kept in memory
   * @param background runs the reads
   * @param ui the UI thread
   */
  public RowPager(PageSource source, int rowCount, int pageSize, int maxPages, Executor background, Executor ui) {
    this.source = source;
    this.rowCount = rowCount;
    this.pageSize = pageSize;
    this.background = background;
    this.ui = ui;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, List<Object[]>> eldest) {
        return size() > maxPages;
      }
    };
  }

  /** Called after each page arrives, so the table redraws its visible rows. */
  public void setOnPageLoaded(Runnable callback) {
    this.onPageLoaded = callback;
  }

  /** Called once when reading fails. */
  public void setOnError(Consumer<Throwable> callback) {
    this.onError = callback;
  }

  /** The number of rows. */
  public int rowCount() {
    return rowCount;
  }

  /**
   * A row's values, or null while its page is still on its way (its load is then requested).
   */
  public Object[] row(int index) {
    if (index < 0 || index >= rowCount) {
      return null;
    }
    int page = index / pageSize;
    List<Object[]> rows = cache.get(page);
    if (rows == null) {
      request(page);
      return null;
    }
    int within = index - page * pageSize;
    return within < rows.size() ? rows.get(within) : null;
  }

  /** Whether the row's page is in memory. */
  public boolean isLoaded(int index) {
    return cache.containsKey(index / pageSize);
  }

  /** The number of pages in memory. */
  public int pagesInMemory() {
    return cache.size();
  }

  private void request(int page) {
    if (failed || page == loadingPage || waiting.contains(page)) {
      return;
    }
    waiting.addFirst(page);
    while (waiting.size() > MAX_WAITING) {
      waiting.removeLast();
    }
    pump();
  }

  private void pump() {
    if (loadingPage >= 0 || waiting.isEmpty()) {
      return;
    }
    int page = waiting.removeFirst();
    loadingPage = page;
    int offset = page * pageSize;
    int limit = Math.min(pageSize, rowCount - offset);
    background.execute(() -> {
      List<Object[]> rows = null;
      Throwable error = null;
      try {
        rows = source.page(offset, limit);
      } catch (RuntimeException e) {
        error = e;
      }
      List<Object[]> loaded = rows;
      Throwable failure = error;
      ui.execute(() -> arrived(page, loaded, failure));
    });
  }

  private void arrived(int page, List<Object[]> rows, Throwable error) {
    loadingPage = -1;
    if (error != null) {
      failed = true;
      waiting.clear();
      onError.accept(error);
      return;
    }
    cache.put(page, rows);
    onPageLoaded.run();
    pump();
  }
}
