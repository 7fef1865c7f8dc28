package org.modelworkbench.data.formats;

import java.nio.file.Path;
import org.modelworkbench.data.csv.CsvImport;
import org.modelworkbench.data.csv.CsvImportOptions;
import org.modelworkbench.data.csv.CsvImporter;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/** Reads delimited text through the existing {@link CsvImporter}. */
final class CsvSource {
  private CsvSource() {}

  /** Imports the file with delimiter, header and charset detected. */
  static DatasetRead read(Path file, boolean skipBadRows, ProgressListener progress,
      CancellationToken cancel) {
    CsvImport csv = new CsvImporter(new CsvImportOptions(skipBadRows, null, null, null))
        .read(file, progress, cancel);
    String description = "Delimited text, " + delimiterName(csv.delimiter()) + ", "
        + (csv.hasHeader() ? "with a header row" : "without a header row");
    return new DatasetRead(DatasetKind.TABULAR, csv.table(), csv.rejected(), java.util.List.of(),
        csv.sha256(), description, null, java.util.List.of(), csv.charset().name());
  }

  private static String delimiterName(char delimiter) {
    switch (delimiter) {
      case ',':
        return "comma-separated";
      case ';':
        return "semicolon-separated";
      case '\t':
        return "tab-separated";
      case '|':
        return "pipe-separated";
      default:
        return "separated by '" + delimiter + "'";
    }
  }
}
