package org.modelworkbench.app.desktop.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowPage;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.RowView;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;

/**
 * The rows tab's state: the sort, the filter bar and the pager over the rows they keep. The
 * project sorts and filters in the background (never the table itself); each change replaces the
 * pager once the new order is ready, and a change made meanwhile cancels the one in flight.
 *
 * <p>The pager's rows hold one value per column followed by the row's 0-based row number in the
 * dataset (see {@link #rowNumber(Object[])}).
 */
public final class RowBrowser {
  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ObjectProperty<RowSort> sort = new SimpleObjectProperty<>(this, "sort");
  private final StringProperty filterColumn = new SimpleStringProperty(this, "filterColumn");
  private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
  private final BooleanProperty missingOnly = new SimpleBooleanProperty(this, "missingOnly");
  private final ReadOnlyObjectWrapper<RowPager> pager = new ReadOnlyObjectWrapper<>(this, "pager");
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private RowQuery shown;
  private Job running;
  private long generation;

  /**
   * Creates the browser, showing every row in its original order.
   *
   * @param runner runs the sorts, filters and page reads in the background
   * @param workbench the open project
   * @param dataset the dataset version browsed
   */
  public RowBrowser(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset) {
    this(runner, workbench, dataset, null);
  }

  /**
   * Creates the browser with the sort and filter a view of the same dataset was left with; the
   * rows are sorted and filtered in the background as after any change, every row shown meanwhile.
   *
   * @param runner runs the sorts, filters and page reads in the background
   * @param workbench the open project
   * @param dataset the dataset version browsed
   * @param restored the sort and filter to start with (columns the dataset lacks are ignored), or
   *     null for every row in its original order
   */
  public RowBrowser(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset,
      DatasetViewState restored) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
    if (!dataset.columns().isEmpty()) {
      filterColumn.set(dataset.columns().get(0).name());
    }
    showAll();
    if (restored != null) {
      restore(restored);
    }
    for (Observable property : List.<Observable>of(sort, filterColumn, filterText, missingOnly)) {
      property.addListener(observable -> refresh());
    }
    if (restored != null) {
      refresh();
    }
  }

  private void restore(DatasetViewState state) {
    if (state.sort() != null && dataset.column(state.sort().column()).isPresent()) {
      sort.set(state.sort());
    }
    if (state.filterColumn() != null && dataset.column(state.filterColumn()).isPresent()) {
      filterColumn.set(state.filterColumn());
    }
    filterText.set(state.filterText());
    missingOnly.set(state.missingOnly());
  }

  /**
   * A pager row's 0-based row number in the dataset.
   *
   * @param row a row the pager returned
   * @return its row number
   */
  public static int rowNumber(Object[] row) {
    return (Integer) row[row.length - 1];
  }

  /** The query the filter bar and sort stand for now. */
  public RowQuery query() {
    List<RowFilter> filters = new ArrayList<>();
    String column = filterColumn.get();
    if (column != null && missingOnly.get()) {
      filters.add(new RowFilter.Missing(column));
    } else if (column != null) {
      FilterText.parse(column, dataset.column(column).map(ColumnProfile::type).orElse(null), filterText.get())
          .ifPresent(filters::add);
    }
    return new RowQuery(sort.get(), filters);
  }

  /**
   * The query whose rows the pager holds now: the one on screen, which lags behind {@link #query()}
   * while a new sort or filter is computed, and stays when the filter bar's text cannot be used.
   */
  public RowQuery shownQuery() {
    return shown;
  }

  /** Clears the filter (the sort stays). */
  public void clearFilter() {
    missingOnly.set(false);
    filterText.set("");
  }

  private void refresh() {
    RowQuery query;
    try {
      query = query();
    } catch (WorkbenchException e) {
      problem.set(e.getMessage());
      return;
    }
    problem.set("");
    long mine = ++generation;
    if (running != null) {
      running.cancel();
      running = null;
    }
    if (query.equals(shown)) {
      busy.set(false);
      countText.set(countText(pager.get().rowCount()));
      return;
    }
    if (query.isAll()) {
      showAll();
      return;
    }
    busy.set(true);
    countText.set(query.filters().isEmpty() ? "Sorting…" : "Filtering…");
    running = runner.job("Sort and filter " + dataset.name(),
        context -> workbench.get().datasets().view(dataset, query, context.token()))
        .hidden()
        .onSuccess(view -> {
          if (mine == generation) {
            running = null;
            busy.set(false);
            show(view);
          }
        })
        .onError(error -> {
          if (mine == generation) {
            running = null;
            busy.set(false);
            problem.set(ErrorText.plainMessage(error));
            countText.set(countText(pager.get().rowCount()));
          }
        })
        .start();
  }

  private void showAll() {
    shown = RowQuery.all();
    busy.set(false);
    int rows = (int) Math.min(Integer.MAX_VALUE, dataset.rows());
    pager.set(newPager((offset, limit) -> withRowNumbers(workbench.get().datasets().rows(dataset, offset, limit),
        offset, null), rows));
    countText.set(countText(rows));
  }

  private void show(RowView view) {
    shown = view.query();
    pager.set(newPager((offset, limit) -> {
      RowPage page = view.rows(offset, limit);
      return withRowNumbers(page.rows(), 0, page);
    }, view.rowCount()));
    countText.set(countText(view.rowCount()));
  }

  private RowPager newPager(RowPager.PageSource source, int rows) {
    return new RowPager(source, rows, DatasetViewModel.PAGE_SIZE, DatasetViewModel.PAGES_IN_MEMORY,
        runner.background(), runner.ui());
  }

  private static List<Object[]> withRowNumbers(DataTable table, int firstRow, RowPage page) {
    List<Object[]> rows = new ArrayList<>(table.rowCount());
    int columns = table.columnCount();
    for (int r = 0; r < table.rowCount(); r++) {
      Object[] row = java.util.Arrays.copyOf(table.row(r), columns + 1);
      row[columns] = page == null ? firstRow + r : page.rowNumber(r);
      rows.add(row);
    }
    return rows;
  }

  private String countText(int kept) {
    return shown != null && !shown.filters().isEmpty()
        ? Formats.count(kept) + " of " + Formats.count(dataset.rows()) + " rows"
        : Formats.count(dataset.rows()) + " rows";
  }

  /** The dataset version browsed. */
  public DatasetInfo dataset() {
    return dataset;
  }

  /** The order: a column and direction, or null for the original order. */
  public ObjectProperty<RowSort> sortProperty() {
    return sort;
  }

  /** The column the filter bar filters. */
  public StringProperty filterColumnProperty() {
    return filterColumn;
  }

  /** What was typed in the filter bar (see {@link FilterText}). */
  public StringProperty filterTextProperty() {
    return filterText;
  }

  /** Whether only rows where the filter column is missing are kept (the text is then ignored). */
  public BooleanProperty missingOnlyProperty() {
    return missingOnly;
  }

  /** The pager over the rows shown; replaced when a new sort or filter is ready. */
  public ReadOnlyObjectProperty<RowPager> pagerProperty() {
    return pager.getReadOnlyProperty();
  }

  /** "12,345 of 1,000,000 rows", "1,000,000 rows", or what is being done. */
  public ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  /** A plain sentence when the filter cannot be used, else empty. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Whether a sort or filter is being computed. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
