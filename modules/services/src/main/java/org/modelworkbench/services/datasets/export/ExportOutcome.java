package org.modelworkbench.services.datasets.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file the file written, as an absolute path
 * @param format its format
 * @param rows the number of data rows written (the header not counted)
 * @param columns the columns written, in order
 */
public record ExportOutcome(Path file, ExportFormat format, int rows, List<String> columns) {
  /** Copies the column list. */
  public ExportOutcome {
    columns = List.copyOf(columns);
  }
}
