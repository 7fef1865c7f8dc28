package org.modelworkbench.data.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import org.modelworkbench.data.csv.CsvImportOptions;
import org.modelworkbench.data.csv.CsvImporter;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;

/** Reads the sample datasets shipped in the project's {@code resources/samples} folder. */
final class Samples {
  private Samples() {}

  /** Imports a sample file by name, for example {@code "iris.csv"}, with the default options. */
  static DataTable read(String name) {
    return new CsvImporter(CsvImportOptions.defaults())
        .read(folder().resolve(name), ProgressListener.NONE, CancellationToken.none()).table();
  }

  /** The samples folder, found by walking up from the working directory (the module's folder). */
  private static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("resources").resolve("samples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("No resources/samples folder above " + Path.of("").toAbsolutePath());
  }
}
