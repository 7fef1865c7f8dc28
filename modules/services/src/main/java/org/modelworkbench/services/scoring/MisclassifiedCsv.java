package org.modelworkbench.services.scoring;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes a run's misclassified test rows ({@link EvaluationService#misclassifiedTestRows}) as
 * RFC 4180 CSV in UTF-8 with FastCSV: a file name or label holding a comma, a quote or a line
 * break ({@code \n}, {@code \r\n}) is quoted and reads back as one field. The file appears whole or
 * not at all.
 */
final class MisclassifiedCsv {
  private MisclassifiedCsv() {}

  /**
   * Writes the table.
   *
   * @param file where to write it
   * @param rows the table with columns file, actual, predicted and probability
   * @throws WorkbenchException naming the file when it cannot be written
   */
  static void write(Path file, DataTable rows) {
    try {
      AtomicFiles.write(file, out -> {
        try (CsvWriter writer = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
          writer.writeRecord("file", "actual", "predicted", "probability");
          for (int r = 0; r < rows.rowCount(); r++) {
            writer.writeRecord((String) rows.value(r, 0), (String) rows.value(r, 1), (String) rows.value(r, 2),
                String.format(Locale.ROOT, "%.4f", (Double) rows.value(r, 3)));
          }
        }
      });
    } catch (IOException e) {
      throw new WorkbenchException("Could not write '" + file + "': " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new WorkbenchException("Could not write '" + file + "': " + e.getCause().getMessage(), e);
    }
  }
}
