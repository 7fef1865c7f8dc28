package org.modelworkbench.data.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * One pass over a file's records, from its first byte to its last: decompresses gzip files,
 * decodes the text, reports progress by stored bytes read and, when asked, computes the SHA-256 of
 * the stored bytes alongside (see {@link FileHash}).
 */
final class RowSource implements Closeable {
  private static final int PROGRESS_EVERY_ROWS = 1024;

  private final ByteCountingInputStream counted;
  private final FileHash digest;
  private final BufferedReader text;
  private final CsvRecordReader records;
  private final ImportProgress progress;
  private long rowsRead;

  private RowSource(ByteCountingInputStream counted, FileHash digest, BufferedReader text,
      char delimiter, ImportProgress progress) {
    this.counted = counted;
    this.digest = digest;
    this.text = text;
    this.records = new CsvRecordReader(text, delimiter);
    this.progress = progress;
  }

  /**
   * Opens a pass.
   *
   * @param plan the file, its charset and delimiter
   * @param withDigest whether to compute the SHA-256 of the file's bytes
   * @param progress where progress of this pass goes
   */
  static RowSource open(ReadPlan plan, boolean withDigest, ImportProgress progress) throws IOException {
    // The progress counts the bytes as stored; decompression comes after it.
    InputStream bytes = plan.file().openStored();
    FileHash digest = null;
    try {
      digest = withDigest ? FileHash.start(plan.file().path()) : null;
      ByteCountingInputStream counted = new ByteCountingInputStream(bytes);
      BufferedReader text = TextDecoding.open(plan.file().content(counted), plan.charset());
      return new RowSource(counted, digest, text, plan.delimiter(), progress);
    } catch (IOException | RuntimeException e) {
      bytes.close();
      if (digest != null) {
        digest.abandon();
      }
      throw e;
    }
  }

  /** The next record, or null at the end of the file. */
  CsvRow next() throws IOException {
    CsvRow row = records.next();
    if (row == null || ++rowsRead % PROGRESS_EVERY_ROWS == 0) {
      progress.bytesRead(counted.count());
    }
    return row;
  }

  /** How many stored bytes have been read so far (read ahead into buffers included). */
  long bytesRead() {
    return counted.count();
  }

  /** The hex SHA-256 of the whole file if hashing has already finished, else null; never waits. */
  String sha256IfReady() {
    if (digest == null) {
      throw new IllegalStateException("This pass was opened without a digest");
    }
    return digest.peek();
  }

  /** The hex SHA-256 of the whole file; call after {@link #next()} returned null. */
  String sha256() throws IOException {
    if (digest == null) {
      throw new IllegalStateException("This pass was opened without a digest");
    }
    return digest.get();
  }

  @Override
  public void close() throws IOException {
    if (digest != null) {
      digest.abandon();
    }
    text.close();
  }
}
