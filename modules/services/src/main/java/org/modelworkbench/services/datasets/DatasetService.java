package org.modelworkbench.services.datasets;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.modelworkbench.data.csv.CsvImportOptions;
import org.modelworkbench.data.csv.CsvImporter;
import org.modelworkbench.data.csv.CsvLayout;
import org.modelworkbench.data.infer.TextTyping;
import org.modelworkbench.data.profile.ColumnProfiler;
import org.modelworkbench.data.profile.CountScan;
import org.modelworkbench.data.profile.TextProfiler;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowView;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports data files into the project and reads datasets back.
 */
public final class DatasetService {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetService.class);
  private final ProjectDatabase database;

  public DatasetService(ProjectDatabase database) {
    this.database = database;
  }

  /**
   * Imports a CSV file as a new dataset, or as a new version of the dataset with that name. The
   * same content under the same name is not stored twice. The character set is detected.
   *
   * @param file the file to import (plain or gzip-compressed)
   * @param name the dataset name, or null for the file name without its extension
   * @param skipBadRows store the good rows and keep unparseable ones aside, instead of failing
   * @param progress progress of reading and storing
   * @param cancel checked between rows; a cancelled import stores nothing
   */
  public ImportOutcome importCsv(Path file, String name, boolean skipBadRows,
      ProgressListener progress, CancellationToken cancel) {
    return importCsv(file, name, skipBadRows, null, progress, cancel);
  }

  /**
   * Imports a CSV file as {@link #importCsv(Path, String, boolean, ProgressListener,
   * CancellationToken)} does, in a given character set. The rows are streamed into the project's
   * columnar dataset files, so memory stays bounded whatever the file's size.
   *
   * @param file the file to import (plain or gzip-compressed)
   * @param name the dataset name, or null for the file name without its extension
   * @param skipBadRows store the good rows and keep unparseable ones aside, instead of failing
   * @param encoding the file's character set, or null to detect it (UTF-8, UTF-16 with a byte
   *     order mark, or the detected legacy charset such as windows-1251; see decision 0005); the one
   *     used is kept as {@link DatasetInfo#charset()}
   * @param progress progress of reading and storing
   * @param cancel checked between rows; a cancelled import stores nothing
   */
  public ImportOutcome importCsv(Path file, String name, boolean skipBadRows, Charset encoding,
      ProgressListener progress, CancellationToken cancel) {
    return importCsv(file, name, skipBadRows, encoding, Map.of(), progress, cancel);
  }

  /**
   * Imports a CSV file as {@link #importCsv(Path, String, boolean, Charset, ProgressListener,
   * CancellationToken)} does, with some columns' types given.
   *
   * @param types text or categorical by column name; the other columns of strings are typed from
   *     their values
   * @throws WorkbenchException with a plain message when a typed column is missing or holds no
   *     strings
   */
  public ImportOutcome importCsv(Path file, String name, boolean skipBadRows, Charset encoding,
      Map<String, ColumnType> types, ProgressListener progress, CancellationToken cancel) {
    String datasetName = name == null || name.isBlank() ? defaultName(file) : name.strip();
    if (!Files.exists(file)) {
      throw new WorkbenchException(file.getFileName() + ": the file does not exist (" + file.toAbsolutePath() + ").");
    }
    ProgressListener reading = (f, m) -> progress.progress(f < 0 ? f : f * 0.9, m);
    CsvImporter importer = new CsvImporter(new CsvImportOptions(skipBadRows, null, null, encoding));
    try (ColumnarImportSink sink = new ColumnarImportSink(database.datasets(), datasetName, types)) {
      CsvLayout layout = importer.streamInOnePass(file, sink, reading, cancel);
      if (sink.alreadyStored() != null) {
        progress.progress(1.0, "Already imported");
        return new ImportOutcome(sink.alreadyStored(), layout.rejected(), true);
      }
      progress.progress(0.9, "Profiling columns");
      long profiling = System.nanoTime();
      List<ColumnProfile> profiles = sink.profiles(cancel);
      long committing = System.nanoTime();
      DatasetInfo stored = sink.appender().commit(file.toAbsolutePath().toString(), layout.sha256(),
          layout.charset().name(), profiles, layout.rejected(), cancel);
      LOG.info("Profiled {} in {} ms, committed in {} ms", datasetName, (committing - profiling) / 1_000_000,
          (System.nanoTime() - committing) / 1_000_000);
      progress.progress(1.0, "Imported " + stored.rows() + " rows");
      return new ImportOutcome(stored, layout.rejected(), false);
    }
  }

  /** The latest version of every dataset, by name. */
  public List<DatasetInfo> list() {
    return database.datasets().latestVersions();
  }

  /** Every version of every dataset. */
  public List<DatasetInfo> listAllVersions() {
    return database.datasets().list();
  }

  /**
   * Finds a dataset by name (latest version) or {@code name@version}.
   *
   * @throws WorkbenchException when there is no such dataset
   */
  public DatasetInfo find(String reference) {
    int at = reference.lastIndexOf('@');
    if (at > 0) {
      String base = reference.substring(0, at);
      String versionText = reference.substring(at + 1);
      if (versionText.matches("\\d+")) {
        return database.datasets().find(base, Integer.parseInt(versionText))
            .orElseThrow(() -> new WorkbenchException(
                "There is no version " + versionText + " of the dataset '" + base + "'."));
      }
    }
    return database.datasets().latest(reference)
        .orElseThrow(() -> new WorkbenchException("There is no dataset named '" + reference
            + "'. Run 'workbench datasets' to see the imported datasets."));
  }

  /** A dataset version by id. */
  public DatasetInfo find(long id) {
    return database.datasets().find(id)
        .orElseThrow(() -> new WorkbenchException("There is no dataset with id " + id + "."));
  }

  /**
   * The file behind a path stored in a dataset, for example an image's {@code file} column
   * ({@code images/ab/<sha256>.png}, relative to the project's artifact folder).
   *
   * @throws WorkbenchException when the path leaves the artifact folder
   */
  public Path artifactPath(String relative) {
    return database.artifacts().resolve(relative);
  }

  /** All rows of a dataset version. */
  public DataTable rows(DatasetInfo dataset) {
    return database.datasets().rows(dataset.id());
  }

  /**
   * The columns of a dataset version, each read whole into primitive arrays when asked for: for
   * scans of every row without the dataset in memory as objects.
   */
  public ColumnSource columns(DatasetInfo dataset) {
    return database.datasets().columns(dataset.id());
  }

  /** A page of rows, for browsing. */
  public DataTable rows(DatasetInfo dataset, int offset, int limit) {
    return database.datasets().rows(dataset.id(), offset, limit);
  }

  /**
   * The rows of a dataset version that a query keeps, sorted and filtered in the project's store
   * without loading the dataset into memory: for a million rows this takes well under a second
   * or two, then each page reads only its rows. Call it off the UI thread.
   *
   * @param dataset the dataset version
   * @param query the filters and order
   * @param cancel checked while the view is computed, or null
   * @return the view, read page by page
   * @throws WorkbenchException with a plain message if the query names a column the dataset does
   *     not have or asks a range of a text column
   */
  public RowView view(DatasetInfo dataset, RowQuery query, CancellationToken cancel) {
    return database.datasets().view(dataset.id(), query, cancel);
  }

  /** Rows rejected at import, with their line numbers. */
  public List<RejectedRow> rejected(DatasetInfo dataset) {
    return database.datasets().rejected(dataset.id());
  }

  /**
   * How often each value of a column occurs (class balance of a target), reading that column
   * alone.
   */
  public List<ValueCount> valueCounts(DatasetInfo dataset, String column) {
    requireColumn(dataset, column);
    List<String> names = dataset.schema().stream().map(c -> c.name()).toList();
    return ColumnProfiler.valueCounts(columns(dataset).column(names.indexOf(column)));
  }

  /**
   * Reads a column of a stored dataset version as free text or as categories from now on: its
   * profile is worked out again for the new type and the version's quality report is checked
   * again when next asked for. The rows stay as they are; runs already trained keep what they
   * learned.
   *
   * @param dataset the dataset version
   * @param column the column's name
   * @param type {@link ColumnType#TEXT} or {@link ColumnType#CATEGORICAL}
   * @return the version as now stored (the same when the column already has that type)
   * @throws WorkbenchException with a plain message when the column is missing or does not hold
   *     words, or the type is another one
   */
  public DatasetInfo changeColumnType(DatasetInfo dataset, String column, ColumnType type) {
    requireColumn(dataset, column);
    TextTyping.check(dataset.schema(), Map.of(column, type));
    ColumnProfile now = dataset.column(column).orElseThrow();
    if (now.type() == type) {
      return dataset;
    }
    int index = dataset.schema().stream().map(c -> c.name()).toList().indexOf(column);
    PrimitiveColumn values = columns(dataset).column(index);
    long missing = 0;
    long[] perCode = new long[values.entries().length];
    for (int r = 0; r < values.rowCount(); r++) {
      if (values.missing(r)) {
        missing++;
      } else {
        perCode[values.code(r)]++;
      }
    }
    String[] entries = values.entries();
    CountScan counts = visit -> {
      for (int code = 0; code < perCode.length; code++) {
        if (perCode[code] > 0) {
          visit.accept(entries[code], perCode[code]);
        }
      }
    };
    ColumnProfile profile = ColumnProfiler.profileCounts(new ColumnSchema(column, type), missing, counts);
    DatasetInfo changed = database.datasets().changeColumnType(dataset, profile);
    LOG.info("Column '{}' of {} v{} is now read as {}", column, dataset.name(), dataset.version(), type.label());
    return changed;
  }

  /**
   * The profile of a column of words as free text: lengths, empty and duplicate texts, the most
   * frequent words. Reads that column alone.
   *
   * @param dataset the dataset version
   * @param column a text or categorical column
   * @throws WorkbenchException when the column is missing or holds no words
   */
  public TextProfile textProfile(DatasetInfo dataset, String column) {
    return textProfile(dataset, column, null, 0);
  }

  /**
   * The profile of a column of words with its length in a model's tokens: the share longer than
   * the model reads is {@link TextProfile.TokenLengths#longerShare}.
   *
   * @param dataset the dataset version
   * @param column a text or categorical column
   * @param tokenCounter how many tokens a text has for the model (its tokenizer), or null
   * @param tokenLimit the most tokens the model reads
   * @throws WorkbenchException when the column is missing or holds no words
   */
  public TextProfile textProfile(DatasetInfo dataset, String column, ToIntFunction<String> tokenCounter,
      int tokenLimit) {
    requireColumn(dataset, column);
    ColumnProfile profile = dataset.column(column).orElseThrow();
    if (!profile.type().holdsStrings()) {
      throw new WorkbenchException("'" + column + "' holds " + profile.type().label() + " values, not words.");
    }
    int index = dataset.schema().stream().map(c -> c.name()).toList().indexOf(column);
    return TextProfiler.profile(columns(dataset).column(index), tokenCounter, tokenLimit);
  }

  /** Fails with a plain message when the dataset has no such column. */
  public static void requireColumn(DatasetInfo dataset, String column) {
    if (dataset.column(column).isEmpty()) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has no column '" + column
          + "'. Its columns are: " + String.join(", ", dataset.schema().stream()
              .map(c -> c.name()).toList()) + ".");
    }
  }

  /** The dataset name a file gets when none is given: its name without the data extension. */
  static String defaultName(Path file) {
    String fileName = file.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".csv.gz", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json",
        ".zip")) {
      if (lower.endsWith(ext) && fileName.length() > ext.length()) {
        return fileName.substring(0, fileName.length() - ext.length());
      }
    }
    return fileName;
  }
}
