package org.modelworkbench.app.desktop.common;

import java.util.List;

/**
 * A file filter of a file chooser.
 *
 * @param description what the files are, for example "CSV files"
 * @param patterns glob patterns, for example {@code *.csv}
 */
public record FileType(String description, List<String> patterns) {
  /** Delimited text files, for rows to predict. */
  public static final FileType CSV = new FileType("CSV files (*.csv, *.tsv, *.txt)",
      List.of("*.csv", "*.tsv", "*.txt", "*.csv.gz"));
  /** Every data file the import reads. */
  public static final FileType DATA = new FileType("Data files (CSV, TSV, Excel, JSON Lines, zip)",
      List.of("*.csv", "*.tsv", "*.txt", "*.csv.gz", "*.xlsx", "*.xlsm", "*.jsonl", "*.ndjson", "*.json", "*.zip"));
  /** A CSV file an exported dataset is written to. */
  public static final FileType CSV_FILE = new FileType("CSV file (*.csv)", List.of("*.csv"));
  /** An Excel workbook an exported dataset is written to. */
  public static final FileType EXCEL = new FileType("Excel workbook (*.xlsx)", List.of("*.xlsx"));
  /** A self-contained HTML report. */
  public static final FileType HTML = new FileType("HTML report (*.html)", List.of("*.html"));
  /** A PDF report. */
  public static final FileType PDF = new FileType("PDF report (*.pdf)", List.of("*.pdf"));

  /** Copies the list. */
  public FileType {
    patterns = List.copyOf(patterns);
  }
}
