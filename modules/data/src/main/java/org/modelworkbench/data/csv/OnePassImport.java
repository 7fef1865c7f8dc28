package org.modelworkbench.data.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.data.infer.ColumnTypeInferrer;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;

/**
 * Reads a file once: checks every row, guesses the column formats from the first
 * {@value #SAMPLE_ROWS} good rows, then converts every good row with those guesses (see
 * {@link GuessedConversion}) and hands it to a {@link TypedRowSink}, while the records are split on
 * a second thread ({@link RecordPipeline}) and the file is hashed on a third ({@link FileHash}).
 *
 * <p>The sink is asked about the hash as soon as it is known; once it declines, the rest of the
 * file is only checked. One instance serves one import and may run more than once (the importer
 * runs it again when the charset guess was wrong); the sink's answer is remembered across runs.
 */
final class OnePassImport {
  /** Good rows the formats are guessed from before conversion starts. */
  static final int SAMPLE_ROWS = 10_000;

  private final TypedRowSink sink;
  private final CancellationToken cancel;
  private boolean hashAnswered;
  private boolean declined;

  /**
   * Prepares an import.
   *
   * @param sink receives the rows
   * @param cancel checked after every batch of records
   */
  OnePassImport(TypedRowSink sink, CancellationToken cancel) {
    this.sink = sink;
    this.cancel = cancel;
  }

  /** Whether the sink declined the file once it knew its hash. */
  boolean declined() {
    return declined;
  }

  /**
   * Gives the sink the hash unless it already had it.
   *
   * @return whether the sink still wants the rows
   */
  boolean offerHash(String sha256) {
    if (!hashAnswered && sha256 != null) {
      hashAnswered = true;
      declined = !sink.hashKnown(sha256);
    }
    return !declined;
  }

  /**
   * Runs the pass.
   *
   * @param plan how to read the file
   * @param progress where the share of the file read goes
   * @return the columns with their final formats, the rows, rejected rows and hash; when the sink
   *     declined, the formats are those guessed from the first rows
   * @throws GuessedConversion.GuessFailed when a late value fits no guess; the sink has rows to drop
   * @throws DataFormatException for a bad header, a bad row (unless skipped), or no usable rows
   */
  TypeScan.Result run(ReadPlan plan, ImportProgress progress) throws IOException, GuessedConversion.GuessFailed {
    String fileName = plan.file().name();
    ImportProgress silent = new ImportProgress(ProgressListener.NONE, "", plan.file().size(), 0, 1);
    try (RowSource source = RowSource.open(plan, true, silent)) {
      String[] names = plan.hasHeader()
          ? ColumnNames.fromHeader(TypeScan.readHeader(source, fileName), fileName)
          : ColumnNames.generated(plan.headerlessFieldCount());
      boolean decimalComma = plan.delimiter() != ',';
      ColumnTypeInferrer[] inferrers = new ColumnTypeInferrer[names.length];
      for (int c = 0; c < names.length; c++) {
        inferrers[c] = new ColumnTypeInferrer(decimalComma);
      }
      List<CsvRow> sample = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      GuessedConversion conversion = null;
      long dataRows = 0;
      long goodRows = 0;
      try (RecordPipeline records = RecordPipeline.start(source)) {
        RecordPipeline.Batch batch;
        while ((batch = records.next()) != null) {
          cancel.throwIfCancelled();
          progress.bytesRead(batch.bytesRead());
          offerHash(source.sha256IfReady());
          boolean converted = !declined && conversion != null && conversion.accepts(batch.convertedWith());
          ColumnBatch columns = batch.columns();
          if (!converted && !declined && conversion != null) {
            // Split but left unconverted (the splitting thread was the slower one), or split
            // before the formats were known: converted here in one go.
            columns = conversion.convertHere(batch.rows());
            converted = columns != null;
          }
          for (CsvRow row : batch.rows()) {
            dataRows++;
            String problem = row.problemWith(names.length);
            if (problem != null) {
              rejected.add(TypeScan.reject(plan, row, problem));
              continue;
            }
            goodRows++;
            if (declined || converted) {
              continue;
            }
            if (conversion != null) {
              conversion.convert(row);
              if (conversion.formatsChanged()) {
                records.convertAhead(conversion.filler());
              }
            } else {
              infer(row, inferrers);
              sample.add(row);
              if (sample.size() == SAMPLE_ROWS) {
                conversion = begin(names, inferrers, decimalComma, sample);
                records.convertAhead(conversion.filler());
              }
            }
          }
          if (converted) {
            conversion.convert(columns);
          }
        }
      }
      cancel.throwIfCancelled();
      TypeScan.requireRows(plan, dataRows, goodRows, rejected);
      offerHash(source.sha256());
      if (!declined && conversion == null) {
        conversion = begin(names, inferrers, decimalComma, sample);
      }
      ValueFormat[] formats = conversion != null && !declined ? conversion.finish() : guesses(inferrers);
      cancel.throwIfCancelled();
      return new TypeScan.Result(names, formats, (int) goodRows, rejected, source.sha256());
    }
  }

  /** Takes a cleaned row's values into account (see {@link CsvRow#cleanFields()}). */
  private static void infer(CsvRow row, ColumnTypeInferrer[] inferrers) {
    String[] fields = row.fields();
    for (int c = 0; c < fields.length; c++) {
      if (fields[c] != null) {
        inferrers[c].accept(fields[c]);
      }
    }
  }

  /** Tells the sink the guessed columns and hands it the sample rows, which fit by construction. */
  private GuessedConversion begin(String[] names, ColumnTypeInferrer[] inferrers, boolean decimalComma,
      List<CsvRow> sample) throws GuessedConversion.GuessFailed {
    ValueFormat[] guessed = guesses(inferrers);
    long[] sampleValues = new long[names.length];
    List<ColumnSchema> columns = new ArrayList<>(names.length);
    for (int c = 0; c < names.length; c++) {
      sampleValues[c] = inferrers[c].valueCount();
      columns.add(new ColumnSchema(names[c], guessed[c].columnType()));
    }
    sink.begin(columns);
    GuessedConversion conversion = new GuessedConversion(names, guessed, sampleValues, decimalComma, sink);
    // The sample goes in batches like the rest, so the rows take one code path from the start.
    ColumnBatchFiller filler = conversion.filler();
    ColumnBatch batch = filler.newBatch(RecordPipeline.BATCH_ROWS);
    for (CsvRow row : sample) {
      if (!filler.add(batch, row.fields())) {
        // Not expected, as the formats were guessed from these rows; the row-by-row path copes.
        conversion.convert(batch);
        conversion.convert(row);
        filler = conversion.filler();
        batch = filler.newBatch(RecordPipeline.BATCH_ROWS);
      } else if (batch.isFull()) {
        conversion.convert(batch);
        batch = filler.newBatch(RecordPipeline.BATCH_ROWS);
      }
    }
    if (batch.size() > 0) {
      conversion.convert(batch);
    }
    sample.clear();
    return conversion;
  }

  private static ValueFormat[] guesses(ColumnTypeInferrer[] inferrers) {
    ValueFormat[] formats = new ValueFormat[inferrers.length];
    for (int c = 0; c < inferrers.length; c++) {
      formats[c] = inferrers[c].result();
    }
    return formats;
  }
}
