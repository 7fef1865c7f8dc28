package org.modelworkbench.services.datasets.export;

import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowView;
import org.modelworkbench.services.datasets.DatasetService;

/**
 * The rows an export writes, read a page at a time as the dataset view reads them: in stored
 * order straight from the dataset's files, or through a {@link RowView} when the rows are
 * filtered or sorted. Each page holds every column of the dataset.
 */
final class RowPages {
  private final DatasetService datasets;
  private final DatasetInfo dataset;
  private final RowView view;

  private RowPages(DatasetService datasets, DatasetInfo dataset, RowView view) {
    this.datasets = datasets;
    this.dataset = dataset;
    this.view = view;
  }

  /**
   * The rows a request keeps; a filter or sort is computed now.
   *
   * @throws org.modelworkbench.model.WorkbenchException if the query names a column the dataset
   *     lacks or asks a range of a text column
   */
  static RowPages of(DatasetService datasets, ExportRequest request, CancellationToken cancel) {
    RowView view = request.query().isAll() ? null : datasets.view(request.dataset(), request.query(), cancel);
    return new RowPages(datasets, request.dataset(), view);
  }

  /** The number of rows. */
  int rowCount() {
    return view == null ? (int) Math.min(Integer.MAX_VALUE, dataset.rows()) : view.rowCount();
  }

  /** The rows {@code [offset, offset + limit)}, cut at the last one. */
  DataTable page(int offset, int limit) {
    return view == null ? datasets.rows(dataset, offset, limit) : view.rows(offset, limit).rows();
  }
}
