package org.modelworkbench.data.csv;

import java.nio.charset.Charset;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.RejectedRow;

/**
 * What the first pass over a CSV file found: everything about the file except its rows.
 *
 * @param columns the column names and types, in file order
 * @param rowCount the number of good rows the second pass delivers
 * @param rejected rows left out because they were bad, in file order (empty unless bad rows are
 *     skipped)
 * @param sha256 the hex SHA-256 of the file's bytes as stored (compressed, for a gzip file)
 * @param delimiter the delimiter used (given or detected)
 * @param hasHeader whether the first row was read as column names (given or detected)
 * @param charset the character set the text was read with (given or detected)
 * @param fileName the file's name, without its folder
 */
public record CsvLayout(
    List<ColumnSchema> columns,
    int rowCount,
    List<RejectedRow> rejected,
    String sha256,
    char delimiter,
    boolean hasHeader,
    Charset charset,
    String fileName) {

  /** Copies the lists so the layout stays immutable. */
  public CsvLayout {
    columns = List.copyOf(columns);
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
  }
}
