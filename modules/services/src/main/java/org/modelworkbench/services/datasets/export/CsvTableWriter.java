package org.modelworkbench.services.datasets.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;

/**
 * Writes RFC 4180 CSV in UTF-8 with FastCSV: comma-separated, CRLF between records, and a field
 * quoted whenever it holds a comma, a quote or a line break (quotes doubled), so text with
 * {@code \n} or {@code \r\n} inside reads back as one field.
 */
final class CsvTableWriter implements TableWriter {
  private final CsvWriter writer;
  private final String[] record;

  CsvTableWriter(OutputStream out, int columns) {
    this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8);
    this.record = new String[columns];
  }

  @Override
  public void header(List<ColumnSchema> columns) throws IOException {
    List<String> names = new ArrayList<>(columns.size());
    columns.forEach(c -> names.add(c.name()));
    writer.writeRecord(names);
  }

  @Override
  public void row(Object[] values) {
    for (int c = 0; c < record.length; c++) {
      record[c] = CellText.of(values[c]);
    }
    writer.writeRecord(record);
  }

  @Override
  public void endOfPage() {
    // FastCSV writes through its own buffer; nothing is held back per page.
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
