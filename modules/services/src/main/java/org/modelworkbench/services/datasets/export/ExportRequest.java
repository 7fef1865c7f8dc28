package org.modelworkbench.services.datasets.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.WorkbenchException;

/**
 * What to export: which rows of a dataset version in which order, which of its columns, and where.
 *
 * @param dataset the dataset version
 * @param query the filters and order of the rows; {@link RowQuery#all()} (or null) for every row
 *     in its original order
 * @param columns the columns to write, in order; null for all of them
 * @param output the file to write; an existing file is replaced once the export is complete
 * @param format the file's format; null for the one {@link ExportFormat#forFile} suggests
 */
public record ExportRequest(DatasetInfo dataset, RowQuery query, List<String> columns, Path output,
    ExportFormat format) {
  /**
   * Fills in the defaults and checks the columns.
   *
   * @throws WorkbenchException when a column is unknown, named twice, or none is left
   */
  public ExportRequest {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(output, "output");
    query = query == null ? RowQuery.all() : query;
    columns = columns == null ? dataset.columns().stream().map(ColumnProfile::name).toList() : List.copyOf(columns);
    format = format == null ? ExportFormat.forFile(output) : format;
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (dataset.column(column).isEmpty()) {
        throw new WorkbenchException("The dataset '" + dataset.name() + "' has no column '" + column + "'.");
      }
      if (columns.indexOf(column) != i) {
        throw new WorkbenchException("The column '" + column + "' is named twice.");
      }
    }
    if (columns.isEmpty()) {
      throw new WorkbenchException("No column of '" + dataset.name() + "' is left to export.");
    }
  }

  /** Every row and column of a dataset version, in the format the file name suggests. */
  public static ExportRequest of(DatasetInfo dataset, Path output) {
    return new ExportRequest(dataset, null, null, output, null);
  }

  /** This request with its rows filtered and ordered by a query. */
  public ExportRequest withQuery(RowQuery newQuery) {
    return new ExportRequest(dataset, newQuery, columns, output, format);
  }

  /** This request in a given format. */
  public ExportRequest withFormat(ExportFormat newFormat) {
    return new ExportRequest(dataset, query, columns, output, newFormat);
  }

  /**
   * This request without some columns (those left out of training in the dataset view).
   *
   * @param leftOut the columns not to write; names the dataset lacks are ignored
   */
  public ExportRequest leavingOut(Collection<String> leftOut) {
    return new ExportRequest(dataset, query, columns.stream().filter(c -> !leftOut.contains(c)).toList(), output,
        format);
  }
}
