package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.modelworkbench.data.csv.CsvImporter;
import org.modelworkbench.data.infer.TextTyping;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;

/**
 * Reads any dataset an analyst brings into a {@link DatasetRead}.
 *
 * <ul>
 *   <li>CSV, TSV and other text ({@code .csv}, {@code .tsv}, {@code .txt}, {@code .csv.gz} and
 *       unknown names): the existing CSV importer.
 *   <li>{@code .xlsx}: the first sheet, or the one named in {@link ReadOptions#sheet()}.
 *   <li>{@code .jsonl}, {@code .ndjson} (and {@code .json} starting with an object): one JSON
 *       object per line.
 *   <li>A folder with one sub-folder per class: images ({@link DatasetKind#IMAGE}) or {@code .txt}
 *       documents ({@link DatasetKind#TEXT}).
 *   <li>{@code .zip}: extracted safely, then any of the above.
 * </ul>
 *
 * <p>A tabular source's columns of long, mostly different texts made of words become
 * {@link org.modelworkbench.model.ColumnType#TEXT} columns (see {@link TextTyping}); a folder of
 * texts gives its {@code text} column that type.
 *
 * <p>The format is decided by the first bytes, then by the name: a PDF, a picture or a Word
 * document gets one plain sentence saying it is not a data file. Every error is a
 * {@link DataFormatException} whose message names the file.
 */
public final class DatasetReaders {
  private DatasetReaders() {}

  /**
   * Reads a dataset.
   *
   * @param source a file or a folder
   * @param options what to expect; null means {@link ReadOptions#defaults()}
   * @param progress receives progress with plain messages; may be null
   * @param cancel checked between rows or files; may be null
   * @return the table and what else was found
   * @throws DataFormatException when the source is missing, empty, not a data file, of another kind
   *     than asked for, or broken
   * @throws CancellationException when cancelled
   */
  public static DatasetRead read(Path source, ReadOptions options, ProgressListener progress,
      CancellationToken cancel) {
    Objects.requireNonNull(source, "source");
    ReadOptions opts = options == null ? ReadOptions.defaults() : options;
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
    token.throwIfCancelled();
    if (SourceSniffer.sniff(source, opts.kind()) == SourceType.ZIP) {
      DatasetRead read = ZipSource.read(source, opts, ZipLimits.DEFAULT, listener, token);
      requireKind(read, opts.kind(), Folders.nameOf(source));
      return withTextTyped(read);
    }
    return withTextTyped(readSource(source, opts, listener, token));
  }

  /**
   * A table's categorical columns that hold free text typed as text (see {@link TextTyping});
   * an image dataset's columns (paths, hashes) are left as they are.
   */
  private static DatasetRead withTextTyped(DatasetRead read) {
    if (read.kind() != DatasetKind.TABULAR) {
      return read;
    }
    DataTable typed = TextTyping.infer(read.table());
    return typed == read.table() ? read : new DatasetRead(read.kind(), typed, read.rejected(), read.problems(),
        read.sha256(), read.formatDescription(), read.workFolder(), read.leftOutFiles(), read.charset());
  }

  /**
   * Says what a source holds without reading it all: a folder by its files' extensions, a zip by
   * its entry names, any other data file is tabular.
   *
   * @throws DataFormatException when the source is missing, empty or not a data file, or a folder
   *     holds neither images nor texts in class sub-folders
   */
  public static DatasetKind detect(Path source) {
    Objects.requireNonNull(source, "source");
    switch (SourceSniffer.sniff(source, null)) {
      case FOLDER:
        return FolderSource.detect(source);
      case ZIP:
        DatasetKind kind = ClassFolderScan.guess(ZipContents.names(source).stream()
            .map(ZipEntryNames::safeRelativePath)
            .filter(p -> p != null && !p.isEmpty() && !ZipEntryNames.isJunk(p))
            .map(DatasetReaders::withoutSingleTop)
            .toList());
        return kind == null ? DatasetKind.TABULAR : kind;
      default:
        return DatasetKind.TABULAR;
    }
  }

  /**
   * The column names of a table file, read from its start only: the header row of a CSV file or of
   * an Excel workbook's first sheet. Folders, archives, JSON Lines and files without a header give
   * an empty list; so does a file that cannot be read (its import says why).
   */
  public static List<String> columnNames(Path source) {
    Objects.requireNonNull(source, "source");
    try {
      switch (SourceSniffer.sniff(source, null)) {
        case CSV:
          return new CsvImporter(null).columnNames(source);
        case XLSX:
          return ExcelSource.headerNames(source);
        default:
          return List.of();
      }
    } catch (DataFormatException e) {
      return List.of();
    }
  }

  /** Reads a source that is not a zip archive (a zip's content, or a direct source). */
  static DatasetRead readSource(Path source, ReadOptions options, ProgressListener progress,
      CancellationToken cancel) {
    String name = Folders.nameOf(source);
    SourceType type = SourceSniffer.sniff(source, options.kind());
    if (type != SourceType.FOLDER && options.kind() != null && options.kind() != DatasetKind.TABULAR) {
      throw new DataFormatException(name, 0, null, "this is a single file, but " + options.kind().label()
          + "s were asked for; choose a folder with one sub-folder per class, or a zip of one.");
    }
    switch (type) {
      case FOLDER:
        return FolderSource.read(source, options.kind(), progress, cancel);
      case XLSX:
        return ExcelSource.read(source, options.sheet(), hash(source), progress, cancel);
      case JSON_LINES:
        return JsonLinesSource.read(source, options.skipBadRows(), progress, cancel);
      case CSV:
        return CsvSource.read(source, options.skipBadRows(), progress, cancel);
      default:
        throw new DataFormatException(name, 0, null, "the archive holds another archive; unpack it "
            + "first and import what is inside.");
    }
  }

  private static void requireKind(DatasetRead read, DatasetKind asked, String name) {
    if (asked != null && read.kind() != asked) {
      read.deleteWorkFolder();
      throw new DataFormatException(name, 0, null, "the archive holds " + read.kind().label()
          + " data, but " + asked.label() + " data was asked for.");
    }
  }

  /** Drops the first path part so "defects/ok/a.png" reads like "ok/a.png" for a wrapped folder. */
  private static String withoutSingleTop(String path) {
    int slash = path.indexOf('/');
    int second = slash < 0 ? -1 : path.indexOf('/', slash + 1);
    return second < 0 ? path : path.substring(slash + 1);
  }

  private static String hash(Path file) {
    try {
      return Sha256.ofFile(file);
    } catch (IOException e) {
      DataFormatException error = new DataFormatException(Folders.nameOf(file), 0, null,
          "the file could not be read (" + e.getMessage() + ").");
      error.initCause(e);
      throw error;
    }
  }
}
