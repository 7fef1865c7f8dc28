package org.modelworkbench.services.scoring;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes a run's misclassified test rows ({@link EvaluationService#misclassifiedTestRows}) as
 * RFC 4180 CSV in UTF-8 with FastCSV: a file name, text or label holding a comma, a quote or a line
 * break ({@code \n}, {@code \r\n}) is quoted and reads back as one field, and a text that starts
 * like a spreadsheet formula is guarded ({@link SpreadsheetSafeText}). Probabilities have four
 * decimals. The file appears whole or not at all.
 */
final class MisclassifiedCsv {
  private MisclassifiedCsv() {}

  /**
   * Writes the table.
   *
   * @param file where to write it
   * @param rows the table of {@link MisclassifiedRows}: identifying column, texts, actual, predicted,
   *     probability (last)
   * @throws WorkbenchException naming the file when it cannot be written
   */
  static void write(Path file, DataTable rows) {
    int probability = rows.columnCount() - 1;
    try {
      AtomicFiles.write(file, out -> {
        try (CsvWriter writer = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
          writer.writeRecord(rows.columnNames());
          List<String> record = new ArrayList<>(rows.columnCount());
          for (int r = 0; r < rows.rowCount(); r++) {
            record.clear();
            for (int c = 0; c < rows.columnCount(); c++) {
              Object value = rows.value(r, c);
              record.add(c == probability ? String.format(Locale.ROOT, "%.4f", (Double) value)
                  : SpreadsheetSafeText.guard(value == null ? "" : value.toString()));
            }
            writer.writeRecord(record);
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
