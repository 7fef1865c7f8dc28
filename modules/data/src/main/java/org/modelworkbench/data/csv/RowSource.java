package org.modelworkbench.data.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One pass over a file's records, from its first byte to its last: decompresses gzip files,
 * decodes the text, reports progress by stored bytes read and, when asked, computes the SHA-256 of
 * the stored bytes on the way.
 */
final class RowSource implements Closeable {
  private static final int PROGRESS_EVERY_ROWS = 1024;

  private final ByteCountingInputStream counted;
  private final MessageDigest digest;
  private final BufferedReader text;
  private final CsvRecordReader records;
  private final ImportProgress progress;
  private long rowsRead;

  private RowSource(ByteCountingInputStream counted, MessageDigest digest, BufferedReader text,
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
    MessageDigest digest = withDigest ? newSha256() : null;
    // The hash and the progress count the bytes as stored; decompression comes after them.
    InputStream bytes = plan.file().openStored();
    try {
      if (digest != null) {
        bytes = new DigestInputStream(bytes, digest);
      }
      ByteCountingInputStream counted = new ByteCountingInputStream(bytes);
      BufferedReader text = TextDecoding.open(plan.file().content(counted), plan.charset());
      return new RowSource(counted, digest, text, plan.delimiter(), progress);
    } catch (IOException | RuntimeException e) {
      bytes.close();
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

  /** The hex SHA-256 of the whole file; call after {@link #next()} returned null. */
  String sha256() throws IOException {
    if (digest == null) {
      throw new IllegalStateException("This pass was opened without a digest");
    }
    // The text reader has normally consumed every byte already; make sure of it.
    byte[] rest = new byte[8192];
    while (counted.read(rest) >= 0) {
      // only feeding the digest
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() throws IOException {
    text.close();
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
