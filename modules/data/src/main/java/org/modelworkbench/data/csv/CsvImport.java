package org.modelworkbench.data.csv;

import java.nio.charset.Charset;
import java.util.List;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RejectedRow;

/**
 * The result of importing a CSV file.
 *
 * @param table the typed rows
 * @param rejected rows left out because they were bad, in file order (empty unless bad rows were
 *     skipped)
 * @param sha256 the hex SHA-256 of the file's bytes
 * @param delimiter the delimiter used (given or detected)
 * @param hasHeader whether the first row was read as column names (given or detected)
 * @param fileName the file's name, without its folder
 * @param charset the character set the text was read with (given or detected)
 */
public record CsvImport(
    DataTable table,
    List<RejectedRow> rejected,
    String sha256,
    char delimiter,
    boolean hasHeader,
    String fileName,
    Charset charset) {

  /** Copies the rejected rows so the result stays immutable. */
  public CsvImport {
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
  }
}
