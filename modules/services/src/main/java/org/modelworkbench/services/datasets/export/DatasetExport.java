package org.modelworkbench.services.datasets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.DatasetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the rows of a dataset version to a CSV file or an Excel workbook: every row or those a
 * filter keeps, in stored or sorted order, with the chosen columns. The file is written beside
 * its target under a temporary name and moved over it when complete, so a failed or cancelled
 * export leaves no half-written file (and an older file of that name as it was).
 */
public final class DatasetExport {
  /** Rows read and written per page; memory holds one page. */
  static final int PAGE_ROWS = 4096;
  private static final Logger LOG = LoggerFactory.getLogger(DatasetExport.class);

  private final DatasetService datasets;

  /**
   * Creates the use case; {@link org.modelworkbench.services.Workbench} makes the one of a project.
   *
   * @param datasets reads the stored rows
   */
  public DatasetExport(DatasetService datasets) {
    this.datasets = datasets;
  }

  /**
   * Exports the rows a request asks for.
   *
   * @param request the dataset, rows, columns, file and format
   * @param progress told after every page how many rows are written
   * @param cancel checked between pages; a cancelled export writes nothing
   * @return what was written
   * @throws WorkbenchException with one plain sentence naming the file when it cannot be written,
   *     or when an Excel sheet cannot hold the rows
   * @throws java.util.concurrent.CancellationException when cancelled
   */
  public ExportOutcome export(ExportRequest request, ProgressListener progress, CancellationToken cancel) {
    Path file = request.output().toAbsolutePath();
    if (Files.isDirectory(file)) {
      throw new WorkbenchException("Could not write " + file + ": it is a folder; give a file name.");
    }
    if (!request.query().isAll()) {
      progress.progress(-1, request.query().filters().isEmpty() ? "Sorting rows" : "Filtering rows");
    }
    RowPages rows = RowPages.of(datasets, request, cancel);
    int total = rows.rowCount();
    if (request.format() == ExportFormat.XLSX && total > XlsxTableWriter.MAX_DATA_ROWS) {
      throw new WorkbenchException("Could not write " + file + ": an Excel sheet holds at most "
          + count(XlsxTableWriter.MAX_DATA_ROWS) + " rows and the export has " + count(total)
          + "; export as CSV, or filter the rows.");
    }
    long started = System.nanoTime();
    try {
      Path folder = file.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      AtomicFiles.write(file, out -> write(request, rows, total, out, progress, cancel));
    } catch (IOException e) {
      throw ExportFailure.of(file, e);
    } catch (UncheckedIOException e) {
      throw ExportFailure.of(file, e.getCause());
    }
    LOG.info("Exported {} rows of {} version {} to {} in {} ms", total, request.dataset().name(),
        request.dataset().version(), file, (System.nanoTime() - started) / 1_000_000);
    progress.progress(1.0, "Wrote " + count(total) + " rows");
    return new ExportOutcome(file, request.format(), total, request.columns());
  }

  private static void write(ExportRequest request, RowPages rows, int total, OutputStream out,
      ProgressListener progress, CancellationToken cancel) throws IOException {
    DatasetInfo dataset = request.dataset();
    List<ColumnSchema> schema = dataset.schema();
    int[] picked = new int[request.columns().size()];
    List<ColumnSchema> header = new ArrayList<>(picked.length);
    for (int i = 0; i < picked.length; i++) {
      String name = request.columns().get(i);
      picked[i] = indexOf(schema, name);
      header.add(schema.get(picked[i]));
    }
    try (TableWriter writer = open(request, out, picked.length)) {
      writer.header(header);
      Object[] values = new Object[picked.length];
      for (int offset = 0; offset < total; offset += PAGE_ROWS) {
        cancel.throwIfCancelled();
        DataTable page = rows.page(offset, Math.min(PAGE_ROWS, total - offset));
        for (int r = 0; r < page.rowCount(); r++) {
          for (int i = 0; i < picked.length; i++) {
            values[i] = page.value(r, picked[i]);
          }
          writer.row(values);
        }
        writer.endOfPage();
        int written = offset + page.rowCount();
        progress.progress((double) written / total, "Wrote " + count(written) + " of " + count(total) + " rows");
      }
      cancel.throwIfCancelled();
    }
  }

  private static TableWriter open(ExportRequest request, OutputStream out, int columns) {
    return switch (request.format()) {
      case CSV -> new CsvTableWriter(out, columns);
      case XLSX -> new XlsxTableWriter(out, request.dataset().name());
    };
  }

  private static int indexOf(List<ColumnSchema> schema, String name) {
    for (int c = 0; c < schema.size(); c++) {
      if (schema.get(c).name().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException("Checked by ExportRequest: " + name);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
