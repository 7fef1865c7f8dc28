package org.modelworkbench.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/** Writes test files and imports them. */
final class CsvTestFiles {
  private CsvTestFiles() {}

  /** Writes UTF-8 text to a file in the folder. */
  static Path write(Path folder, String name, String text) {
    return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes to a file in the folder. */
  static Path write(Path folder, String name, byte[] bytes) {
    try {
      return Files.write(folder.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports a file with the given options and no progress or cancellation. */
  static CsvImport read(Path file, CsvImportOptions options) {
    return new CsvImporter(options).read(file, ProgressListener.NONE, CancellationToken.none());
  }

  /** Imports a file with the default options. */
  static CsvImport read(Path file) {
    return read(file, CsvImportOptions.defaults());
  }

  /** Options that skip bad rows and detect everything else. */
  static CsvImportOptions skipping() {
    return new CsvImportOptions(true, null, null, null);
  }
}
