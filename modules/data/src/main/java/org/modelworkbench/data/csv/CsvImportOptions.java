package org.modelworkbench.data.csv;

import java.nio.charset.Charset;
import org.modelworkbench.model.WorkbenchException;

/**
 * How to read a CSV file; every null means "find out from the file".
 *
 * @param skipBadRows when true, rows with a wrong field count or broken quotes are listed in
 *     {@link CsvImport#rejected()} and left out; when false the first one fails the import
 * @param delimiter the field delimiter, or null to choose among comma, semicolon, tab and pipe
 * @param header whether the first row names the columns, or null to detect it
 * @param charset the file's character set, which always wins; or null to detect it (a UTF-8 or UTF-16
 *     byte order mark, else UTF-8 when the bytes are valid UTF-8, else the detected legacy charset,
 *     windows-1252 when detection has no answer)
 */
public record CsvImportOptions(boolean skipBadRows, Character delimiter, Boolean header, Charset charset) {

  /**
   * Checks the delimiter.
   *
   * @throws WorkbenchException when the delimiter is a quote or a line break
   */
  public CsvImportOptions {
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new WorkbenchException("The delimiter cannot be a quote or a line break.");
    }
  }

  /** Strict reading with everything detected: fail on a bad row, sniff delimiter, header and charset. */
  public static CsvImportOptions defaults() {
    return new CsvImportOptions(false, null, null, null);
  }
}
