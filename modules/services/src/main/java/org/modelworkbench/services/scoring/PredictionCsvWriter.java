package org.modelworkbench.services.scoring;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;

/**
 * Writes input rows with their predictions as CSV (RFC 4180 quoting, UTF-8): a text with commas,
 * quotes or line breaks is quoted and reads back as one field, and a text or label that starts like
 * a spreadsheet formula is guarded ({@link SpreadsheetSafeText}); numbers are written as they are.
 */
final class PredictionCsvWriter {
  private PredictionCsvWriter() {}

  static void write(Path file, DataTable rows, Predictions predictions, List<String> added) {
    try (CsvWriter writer = CsvWriter.builder().build(file, java.nio.charset.StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(rows.columnNames());
      header.addAll(added);
      writer.writeRecord(header.stream().map(SpreadsheetSafeText::guard).toList());
      boolean classification = predictions.task() == Task.CLASSIFICATION;
      List<String> record = new ArrayList<>(header.size());
      for (int r = 0; r < rows.rowCount(); r++) {
        record.clear();
        for (int c = 0; c < rows.columnCount(); c++) {
          Object v = rows.value(r, c);
          record.add(v == null ? "" : v instanceof String text ? SpreadsheetSafeText.guard(text) : v.toString());
        }
        if (classification) {
          record.add(SpreadsheetSafeText.guard(predictions.predictedLabels()[r]));
          for (double p : predictions.probabilities()[r]) {
            record.add(Double.toString(p));
          }
        } else {
          record.add(Double.toString(predictions.values()[r]));
        }
        writer.writeRecord(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
