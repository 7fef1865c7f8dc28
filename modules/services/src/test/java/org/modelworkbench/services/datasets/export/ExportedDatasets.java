package org.modelworkbench.services.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;

/** Imports, a messy CSV and row comparisons shared by the export tests. */
final class ExportedDatasets {
  /** The sample datasets of the repository (tests run in the services module's folder). */
  static final Path SAMPLES = Path.of("../../resources/samples");

  private ExportedDatasets() {}

  /** Imports a file through the real import path, as the window and the command line do. */
  static DatasetInfo importFile(Workbench workbench, Path file, String name) {
    return workbench.imports().importFile(file, ImportRequest.of(name, false), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  /**
   * Writes a CSV with every kind of value an export must keep: whole numbers (one beyond Excel's 15
   * digits), decimals (one column of whole values only, exponents, negatives), yes/no, dates (one
   * before Excel's 1900), timestamps (with fractions of a second and without seconds), missing
   * values of every kind, and text with quotes, commas, semicolons, {@code \n} and {@code \r\n}
   * inside, leading {@code #}, and Unicode beyond the BMP.
   */
  static Path messyCsv(Path file) throws IOException {
    String csv = String.join("\r\n",
        "id,\"weight, kg\",amount,active,day,at,note,\"größe \"\"cm\"\"\"",
        "1,60.0,1.5,true,2024-02-29,2024-02-29 13:45:00,plain,170",
        "2,61.0,-0.25,false,1899-12-31,1850-06-01 00:00:00,\"say \"\"hi\"\", ok\",NA",
        "3,,1e-7,,2025-01-01,2025-01-01 08:30:15.123456789,\"line one\nline two\",",
        "1234567890123456789,62.0,,TRUE,,2025-03-31T23:59,\"crlf\r\ninside\",181",
        "5,63.0,12345678.875,False,2025-12-31,,\"a;b;c\",NaN",
        "6,64.0,3.0E10,true,2030-07-14,2030-07-14 00:00:00,\"#not a comment\",null",
        "7,65.0,0.1,false,1900-03-01,1900-03-01 06:00:00,\"Ünïcödé 日本語 😀 – ok\",190",
        "8,66.0,-1234.5,true,1900-01-01,2001-09-09 01:46:40,\"\",200",
        "");
    return Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /** Checks that two dataset versions hold the same columns, types and rows in the same order. */
  static void assertSameRows(Workbench first, DatasetInfo expected, Workbench second, DatasetInfo actual) {
    assertThat(actual.schema()).as("columns and types of %s", actual.name()).isEqualTo(expected.schema());
    DataTable want = first.datasets().rows(expected);
    DataTable got = second.datasets().rows(actual);
    assertThat(got.rowCount()).as("rows of %s", actual.name()).isEqualTo(want.rowCount());
    for (int r = 0; r < want.rowCount(); r++) {
      assertThat(got.row(r)).as("row %d of %s", r, actual.name()).containsExactly(want.row(r));
    }
  }
}
