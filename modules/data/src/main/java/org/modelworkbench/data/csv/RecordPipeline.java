package org.modelworkbench.data.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.modelworkbench.model.ColumnBatch;

/**
 * Splits a file's records on a thread of its own and hands them over in batches through a bounded
 * queue, so decoding and splitting the text overlaps the typing and writing of the records before
 * them. The records' fields arrive cleaned (see {@link CsvRow#cleanFields()}): trimmed, and null
 * where missing. At most {@value #QUEUE_BATCHES} batches of {@value #BATCH_ROWS} records wait at any time.
 *
 * <p>An error of the reading thread (an unreadable file, text that is not in the charset) is thrown
 * again, as it was, by {@link #next()} once the batches read before it are taken.
 */
final class RecordPipeline implements AutoCloseable {
  /** Records per batch. */
  static final int BATCH_ROWS = 512;
  private static final int QUEUE_BATCHES = 4;
  private static final long OFFER_WAIT_MILLIS = 50;

  /**
   * Records read together.
   *
   * @param rows the records in file order; empty only for the last batch
   * @param bytesRead how many stored bytes had been read once they were
   * @param failure what stopped the reading thread, or null
   * @param last whether no batch follows
   * @param columns the batch's well-formed records (those with one field per column) converted
   *     with {@code convertedWith}, in order; null when the batch was not converted (also when the
   *     consumer was waiting, so that it converts the batch itself), or when a value did not fit
   *     its column's format
   * @param convertedWith the converter that made {@code columns}, or null
   */
  record Batch(List<CsvRow> rows, long bytesRead, Throwable failure, boolean last, ColumnBatch columns,
      ColumnBatchFiller convertedWith) {}

  private final RowSource source;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
  private final Thread reader;
  private volatile boolean stopped;
  private volatile ColumnBatchFiller filler;
  private boolean ended;

  private RecordPipeline(RowSource source) {
    this.source = source;
    this.reader = new Thread(this::run, "csv-records");
    reader.setDaemon(true);
  }

  /**
   * Starts reading the records after the ones already taken from a pass.
   *
   * @param source the pass; it stays open and is closed by its owner after this pipeline
   */
  static RecordPipeline start(RowSource source) {
    RecordPipeline pipeline = new RecordPipeline(source);
    pipeline.reader.start();
    return pipeline;
  }

  /**
   * Makes the reading thread also convert the records of the batches it starts from now on into
   * typed columns (see {@link Batch#columns()}), so that work overlaps too.
   *
   * @param converter how to convert; batches it made name it in {@link Batch#convertedWith()}
   */
  void convertAhead(ColumnBatchFiller converter) {
    filler = converter;
  }

  /**
   * The next batch, waiting for it; null after the last one.
   *
   * @throws IOException when the file could not be read or decoded
   */
  Batch next() throws IOException {
    if (ended) {
      return null;
    }
    Batch batch;
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while reading the file", e);
    }
    if (batch.failure() != null) {
      ended = true;
      rethrow(batch.failure());
    }
    if (batch.last()) {
      ended = true;
    }
    return batch;
  }

  private void run() {
    try {
      boolean last = false;
      while (!last && !stopped) {
        List<CsvRow> rows = new ArrayList<>(BATCH_ROWS);
        // When the consumer is waiting for batches this thread is the slower one: the consumer
        // then converts the batch itself, so the two threads share the work as their speeds allow.
        ColumnBatchFiller converter = queue.isEmpty() ? null : filler;
        ColumnBatch columns = converter == null ? null : converter.newBatch(BATCH_ROWS);
        int width = converter == null ? 0 : columns.columnCount();
        CsvRow row = null;
        while (rows.size() < BATCH_ROWS && (row = source.next()) != null) {
          row.cleanFields();
          if (columns != null && row.fieldCount() == width && !converter.add(columns, row)) {
            columns = null;
          }
          rows.add(row);
        }
        last = row == null;
        put(new Batch(rows, source.bytesRead(), null, last, columns, columns == null ? null : converter));
      }
    } catch (Throwable e) {
      put(new Batch(List.of(), 0, e, true, null, null));
    }
  }

  private void put(Batch batch) {
    try {
      while (!stopped && !queue.offer(batch, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        // The consumer is busy; wait for room unless it has stopped listening.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("Reading the file failed", failure);
  }

  /** Stops the reading thread and waits until it has let go of the pass. */
  @Override
  public void close() {
    stopped = true;
    queue.clear();
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
