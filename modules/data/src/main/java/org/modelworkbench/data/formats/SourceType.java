package org.modelworkbench.data.formats;

/** The reader a source goes to. */
enum SourceType {
  /** A folder with one sub-folder per class. */
  FOLDER,
  /** Delimited text, read by the CSV importer. */
  CSV,
  /** An Excel .xlsx workbook. */
  XLSX,
  /** One JSON object per line. */
  JSON_LINES,
  /** A zip archive of any of these. */
  ZIP
}
