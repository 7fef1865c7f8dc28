package org.modelworkbench.model;

/**
 * Bad input in a data file: names the file and, where known, the line and column.
 */
public class DataFormatException extends WorkbenchException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String column;

  /**
   * Creates the error.
   *
   * @param file the file name as the user knows it
   * @param line the 1-based line number, or 0 when unknown
   * @param column the column name or number, or null when unknown
   * @param reason what is wrong, in plain words
   */
  public DataFormatException(String file, long line, String column, String reason) {
    super(format(file, line, column, reason));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  private static String format(String file, long line, String column, String reason) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (column != null) {
      sb.append(", column ").append(column);
    }
    return sb.append(": ").append(reason).toString();
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** The column, or null when unknown. */
  public String column() {
    return column;
  }
}
