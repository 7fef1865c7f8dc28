package org.modelworkbench.data.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file into a typed {@link DataTable}.
 *
 * <p>The importer samples the file's start to choose the delimiter and to see whether the first
 * row is a header (unless the options say), then reads the whole file twice: first to check every
 * row and infer each column's type from all of its values, then to convert the cells. Cells that
 * are empty or say {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code None} or {@code ?}
 * are missing (see {@link MissingValues}). Blank lines are skipped wherever they are.
 *
 * <p>Files may be gzip-compressed (detected by their first bytes or a {@code .gz} name). Unless the
 * options name a character set, it is detected: a UTF-8 or UTF-16 byte order mark decides, and
 * otherwise the text is UTF-8 when its bytes are valid UTF-8; when they are not, the legacy charset
 * (windows-1250, windows-1251, Shift_JIS, GB18030, ...) is detected, windows-1252 failing an answer
 * (see {@link CharsetDetection}).
 *
 * <p>{@link #read} builds an in-memory table; {@link #stream} hands the rows to a {@link RowSink}
 * one by one, so a file of any size is imported in bounded memory.
 */
public final class CsvImporter {
  private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);

  private final CsvImportOptions options;

  /**
   * Creates an importer.
   *
   * @param options how to read files; null means {@link CsvImportOptions#defaults()}
   */
  public CsvImporter(CsvImportOptions options) {
    this.options = options == null ? CsvImportOptions.defaults() : options;
  }

  /**
   * Imports a file into memory.
   *
   * @param file the CSV file, plain or gzip-compressed
   * @param progress receives the share read so far with "Reading &lt;file name&gt;"; may be null
   * @param cancel checked every few thousand rows; may be null
   * @return the table, the rejected rows, the file's hash and how it was read
   * @throws DataFormatException when the file is missing, empty, not text in the charset, has a bad
   *     header, or has a bad row while bad rows are not skipped; the message names the file and,
   *     where known, the line and column
   * @throws CancellationException when cancelled
   */
  public CsvImport read(Path file, ProgressListener progress, CancellationToken cancel) {
    TableSink sink = new TableSink();
    CsvLayout layout = stream(file, sink, progress, cancel);
    return new CsvImport(sink.table(), layout.rejected(), layout.sha256(), layout.delimiter(),
        layout.hasHeader(), layout.fileName(), layout.charset());
  }

  /**
   * The column names of a file's header row, read from the file's start only (a few dozen rows),
   * without checking or typing the rows.
   *
   * @return the names in file order, or an empty list when the file has no header row
   * @throws DataFormatException when the file is missing, empty or unreadable
   */
  public List<String> columnNames(Path file) {
    Objects.requireNonNull(file, "file");
    SourceFile source = SourceFile.check(file);
    Charset charset = options.charset();
    try {
      if (charset == null) {
        charset = CharsetDetection.detect(source).charset();
      }
      ReadPlan plan = plan(source, charset);
      if (!plan.hasHeader()) {
        return List.of();
      }
      FileSample sample = FileSample.read(source, charset);
      List<CsvRow> rows = sample.rows(plan.delimiter());
      return rows.isEmpty() ? List.of() : List.of(ColumnNames.fromHeader(rows.get(0), source.name()));
    } catch (IOException e) {
      throw source.unreadable(e, charset);
    }
  }

  /**
   * Imports a file row by row into a sink, holding no more than one row in memory: the first pass
   * checks every row, infers the column types and hashes the file; the sink then sees the layout
   * and, unless it declines, every good row of the second pass.
   *
   * @param file the CSV file, plain or gzip-compressed
   * @param sink receives the layout, then the rows
   * @param progress receives the share read so far with "Reading &lt;file name&gt;"; may be null
   * @param cancel checked every few thousand rows; may be null
   * @return the layout the sink was given
   * @throws DataFormatException as {@link #read(Path, ProgressListener, CancellationToken)} does
   * @throws CancellationException when cancelled
   */
  public CsvLayout stream(Path file, RowSink sink, ProgressListener progress, CancellationToken cancel) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
    token.throwIfCancelled();
    long started = System.nanoTime();
    SourceFile source = SourceFile.check(file);
    String message = "Reading " + source.name();
    listener.progress(0.0, message);
    Charset charset = options.charset();
    try {
      CharsetDetection.Guess guess = charsetGuess(source);
      charset = guess.charset();
      ReadPlan plan = plan(source, charset);
      TypeScan.Result scan;
      try {
        scan = TypeScan.run(plan, new ImportProgress(listener, message, source.size(), 0.0, 0.5), token);
      } catch (CharacterCodingException notUtf8) {
        if (!guess.mayFallBack()) {
          throw notUtf8;
        }
        charset = CharsetDetection.detectPastStart(source);
        LOG.info("{} is not UTF-8 past its start; reading it as {}", source.name(), charset.name());
        plan = plan(source, charset);
        scan = TypeScan.run(plan, new ImportProgress(listener, message, source.size(), 0.0, 0.5), token);
      }
      CsvLayout layout = layoutOf(scan, plan, charset);
      if (sink.start(layout)) {
        RowConversion.run(plan, scan, sink,
            new ImportProgress(listener, message, source.size(), 0.5, 1.0), token);
      }
      listener.progress(1.0, message);
      logRead(layout, plan, started);
      return layout;
    } catch (IOException e) {
      throw source.unreadable(e, charset);
    }
  }

  /**
   * Imports a file row by row into a sink in one pass where it can: every row is checked, the
   * column types are guessed from the first {@value OnePassImport#SAMPLE_ROWS} good rows, and the
   * rows are converted and handed over while the file is read. A late value that does not fit its
   * column's guess widens the column (whole numbers to decimals) or, for any other type, makes the
   * sink {@link TypedRowSink#restart() restart} and the file is read again in the two passes of
   * {@link #stream}; either way the final types are those inferred from all rows. Memory stays
   * bounded: the sample and a few batches of records at most.
   *
   * @param file the CSV file, plain or gzip-compressed
   * @param sink receives the columns, the hash and the rows
   * @param progress receives the share read so far with "Reading &lt;file name&gt;"; may be null
   * @param cancel checked every thousand rows or so; may be null
   * @return the layout: the final column types, the rows, the rejected rows and the hash (when the
   *     sink declined the file, the types are the ones guessed from the first rows)
   * @throws DataFormatException as {@link #read(Path, ProgressListener, CancellationToken)} does
   * @throws CancellationException when cancelled
   */
  public CsvLayout streamInOnePass(Path file, TypedRowSink sink, ProgressListener progress,
      CancellationToken cancel) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
    token.throwIfCancelled();
    long started = System.nanoTime();
    SourceFile source = SourceFile.check(file);
    String message = "Reading " + source.name();
    listener.progress(0.0, message);
    Charset charset = options.charset();
    OnePassImport pass = new OnePassImport(sink, token);
    try {
      CharsetDetection.Guess guess = charsetGuess(source);
      charset = guess.charset();
      ReadPlan plan = plan(source, charset);
      TypeScan.Result result;
      try {
        try {
          result = pass.run(plan, new ImportProgress(listener, message, source.size(), 0.0, 1.0));
        } catch (CharacterCodingException notUtf8) {
          if (!guess.mayFallBack()) {
            throw notUtf8;
          }
          charset = CharsetDetection.detectPastStart(source);
          LOG.info("{} is not UTF-8 past its start; reading it as {}", source.name(), charset.name());
          if (!pass.declined()) {
            sink.restart();
          }
          plan = plan(source, charset);
          result = pass.run(plan, new ImportProgress(listener, message, source.size(), 0.0, 1.0));
        }
      } catch (GuessedConversion.GuessFailed late) {
        LOG.info("Reading {} again in two passes: {}", source.name(), late.getMessage());
        sink.restart();
        result = twoPasses(plan, pass, sink, listener, message, token);
      }
      CsvLayout layout = layoutOf(result, plan, charset);
      listener.progress(1.0, message);
      logRead(layout, plan, started);
      return layout;
    } catch (IOException e) {
      throw source.unreadable(e, charset);
    }
  }

  /** The charset the options give, or else the one detected from the file's start. */
  private CharsetDetection.Guess charsetGuess(SourceFile source) throws IOException {
    Charset given = options.charset();
    return given != null ? new CharsetDetection.Guess(given, false) : CharsetDetection.detect(source);
  }

  private static CsvLayout layoutOf(TypeScan.Result result, ReadPlan plan, Charset charset) {
    return new CsvLayout(result.schema(), result.rowCount(), result.rejected(), result.sha256(),
        plan.delimiter(), plan.hasHeader(), charset, plan.file().name());
  }

  private static void logRead(CsvLayout layout, ReadPlan plan, long started) {
    LOG.info("Read {}: {} rows x {} columns, {}, delimiter '{}', header {}, {} rejected, {} ms",
        layout.fileName(), layout.rowCount(), layout.columns().size(), layout.charset().name(),
        printable(plan.delimiter()), plan.hasHeader(), layout.rejected().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /** The two-pass fallback of {@link #streamInOnePass}, feeding the same sink. */
  private static TypeScan.Result twoPasses(ReadPlan plan, OnePassImport pass, TypedRowSink sink,
      ProgressListener listener, String message, CancellationToken token) throws IOException {
    long size = plan.file().size();
    TypeScan.Result scan = TypeScan.run(plan, new ImportProgress(listener, message, size, 0.0, 0.5), token);
    if (pass.offerHash(scan.sha256())) {
      sink.begin(scan.schema());
      RowConversion.run(plan, scan, new RowSink() {
        @Override
        public boolean start(CsvLayout layout) {
          return true;
        }

        @Override
        public void row(Object[] values) {
          sink.row(values);
        }
      }, new ImportProgress(listener, message, size, 0.5, 1.0), token);
    }
    return scan;
  }

  /** Settles delimiter, header and column count from the options and the file's start. */
  private ReadPlan plan(SourceFile source, Charset charset) throws IOException {
    FileSample sample = FileSample.read(source, charset);
    if (sample.isBlank()) {
      throw SourceFile.empty(source.name());
    }
    char delimiter = options.delimiter() != null ? options.delimiter() : DelimiterSniffer.sniff(sample);
    List<CsvRow> rows = sample.rows(delimiter);
    boolean header = options.header() != null
        ? options.header()
        : HeaderDetector.hasHeader(rows, delimiter);
    int headerlessFieldCount = Math.max(1, DelimiterSniffer.modalFieldCount(rows));
    return new ReadPlan(source, charset, delimiter, header, headerlessFieldCount, options.skipBadRows());
  }

  private static String printable(char delimiter) {
    return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
  }
}
