package org.modelworkbench.services.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelworkbench.data.formats.DatasetKind;
import org.modelworkbench.data.formats.DatasetRead;
import org.modelworkbench.data.formats.DatasetReaders;
import org.modelworkbench.data.formats.ReadOptions;
import org.modelworkbench.data.infer.TextTyping;
import org.modelworkbench.data.profile.ColumnProfiler;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Imports any supported source: delimited text (streamed), Excel, JSON Lines, a folder of images
 * or text files per class, or a zip of any of these. The kind is detected unless the request says.
 */
public final class DatasetImports {
  private static final List<String> NON_CSV_EXTENSIONS =
      List.of(".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json", ".zip");

  private final ProjectDatabase database;
  private final DatasetService datasets;
  private final QualityService quality;

  public DatasetImports(ProjectDatabase database, DatasetService datasets, QualityService quality) {
    this.database = database;
    this.datasets = datasets;
    this.quality = quality;
  }

  /**
   * Imports a file or folder as a new dataset or a new version of one; the same content under the
   * same name is not stored twice. It commits whole or not at all.
   */
  public ImportOutcome importFile(Path source, ImportRequest request, ProgressListener progress,
      CancellationToken cancel) {
    if (!Files.exists(source)) {
      throw new WorkbenchException(source.getFileName() + ": the file does not exist (" + source.toAbsolutePath() + ").");
    }
    if (isDelimitedText(source, request)) {
      ImportOutcome outcome = datasets.importCsv(source, request.name(), request.skipBadRows(), request.encoding(),
          request.types(), progress, cancel);
      outcome = withTypes(outcome, request);
      if (!outcome.unchanged() && outcome.dataset().rows() <= QualityService.CHECK_ON_IMPORT_MAX_ROWS) {
        progress.progress(1.0, "Checking data quality");
        quality.datasetReport(outcome.dataset());
      }
      return outcome;
    }
    DatasetKind kind = request.kind() == null ? null : DatasetKind.valueOf(request.kind().toUpperCase(Locale.ROOT));
    ProgressListener reading = (f, m) -> progress.progress(f < 0 ? f : f * 0.6, m);
    DatasetRead read = DatasetReaders.read(source, new ReadOptions(kind, request.sheet(), request.skipBadRows()),
        reading, cancel);
    try {
      String name = request.name() == null || request.name().isBlank() ? DatasetService.defaultName(source) : request.name().strip();
      Optional<DatasetInfo> same = database.datasets().findByContent(name, read.sha256());
      if (same.isPresent()) {
        progress.progress(1.0, "Already imported");
        return withTypes(new ImportOutcome(same.get(), read.rejected(), true, read.problems()), request);
      }
      DataTable table = TextTyping.override(read.table(), request.types());
      if (read.kind() == DatasetKind.IMAGE) {
        progress.progress(0.6, "Copying " + table.rowCount() + " images into the project");
        table = ImageArtifacts.copyIntoProject(table, database.artifacts());
      }
      cancel.throwIfCancelled();
      progress.progress(0.7, "Profiling columns");
      ProgressListener storing = (f, m) -> progress.progress(f < 0 ? f : 0.7 + f * 0.3, m);
      // Files a folder import left out are kept like rejected rows, so the dataset can name them later.
      List<RejectedRow> leftOut = new ArrayList<>(read.rejected());
      leftOut.addAll(read.leftOutFiles());
      DatasetInfo stored = database.datasets().insert(name, source.toAbsolutePath().toString(), read.sha256(),
          read.charset(), table, ColumnProfiler.profile(table), leftOut, storing, cancel);
      quality.checkAndStore(stored, ColumnSource.of(table));
      progress.progress(1.0, "Imported " + stored.rows() + (read.kind() == DatasetKind.IMAGE ? " images" : " rows"));
      return new ImportOutcome(stored, read.rejected(), false, read.problems());
    } finally {
      read.deleteWorkFolder();
    }
  }

  /**
   * A file that was already stored gets the types the request gives on its stored version, so
   * importing it again with {@code --types review=categorical} changes how it is read.
   */
  private ImportOutcome withTypes(ImportOutcome outcome, ImportRequest request) {
    if (!outcome.unchanged() || request.types().isEmpty()) {
      return outcome;
    }
    DatasetInfo dataset = outcome.dataset();
    for (var wanted : request.types().entrySet()) {
      dataset = datasets.changeColumnType(dataset, wanted.getKey(), wanted.getValue());
    }
    return new ImportOutcome(dataset, outcome.rejected(), true, outcome.problems());
  }

  /**
   * The dataset a file looks like a new month of: one under another name whose latest version has
   * the same column names (in any order). Only the file's header is read, so this is cheap enough
   * to ask before every import. Nothing is found when a dataset already has the name the import
   * would use (the file becomes its new version anyway), or for folders, archives and files without
   * a header row.
   *
   * @param source the file about to be imported
   * @param name the dataset name the import would use, or null for the file's name
   * @return the latest version of the matching dataset; if several match, the one with the most
   *     versions (then the most recently imported), as the monthly series it most likely belongs to
   */
  public Optional<DatasetInfo> sameColumnsAs(Path source, String name) {
    if (source == null || !Files.isRegularFile(source)) {
      return Optional.empty();
    }
    String target = name == null || name.isBlank() ? DatasetService.defaultName(source) : name.strip();
    if (database.datasets().latest(target).isPresent()) {
      return Optional.empty();
    }
    List<String> names = DatasetReaders.columnNames(source);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Set<String> wanted = new HashSet<>(names);
    return database.datasets().latestVersions().stream()
        .filter(d -> d.columns().size() == wanted.size())
        .filter(d -> wanted.equals(d.columns().stream().map(c -> c.name()).collect(Collectors.toSet())))
        .max(Comparator.comparingInt(DatasetInfo::version).thenComparing(DatasetInfo::importedAt)
            .thenComparingLong(DatasetInfo::id));
  }

  /** The dataset name an import gives a file when no name is asked for: its name without the extension. */
  public static String defaultName(Path source) {
    return DatasetService.defaultName(source);
  }

  private static boolean isDelimitedText(Path source, ImportRequest request) {
    if (Files.isDirectory(source) || (request.kind() != null && !request.kind().equals("tabular"))) {
      return false;
    }
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    return NON_CSV_EXTENSIONS.stream().noneMatch(name::endsWith)
        && DatasetReaders.detect(source) == DatasetKind.TABULAR && !looksBinary(source);
  }

  /** Binary files (PDFs, images, archives) go to the readers, which name what they are. */
  private static boolean looksBinary(Path source) {
    try (var in = Files.newInputStream(source)) {
      byte[] head = in.readNBytes(8);
      if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
        return true;
      }
      boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
          || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
      boolean gzip = head.length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B;
      if (utf16Bom || gzip) {
        return false;
      }
      for (byte b : head) {
        if (b == 0) {
          return true;
        }
      }
      return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (java.io.IOException e) {
      throw new WorkbenchException(source.getFileName() + ": the file cannot be read (" + e.getMessage() + ").", e);
    }
  }
}
