package org.modelworkbench.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The SHA-256 of a file's stored bytes, computed on a thread of its own so hashing overlaps the
 * parsing of the first pass instead of adding to it (on a machine with a spare core).
 */
final class FileHash {
  private static final int BUFFER_BYTES = 1 << 16;

  private final CompletableFuture<String> result = new CompletableFuture<>();
  private volatile boolean abandoned;

  private FileHash() {}

  /** Starts hashing a file. */
  static FileHash start(Path file) {
    FileHash hash = new FileHash();
    Thread worker = new Thread(() -> hash.run(file), "csv-sha256");
    worker.setDaemon(true);
    worker.start();
    return hash;
  }

  private void run(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[BUFFER_BYTES];
      int n;
      while (!abandoned && (n = in.read(buffer)) >= 0) {
        digest.update(buffer, 0, n);
      }
      result.complete(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /** Waits for the hex SHA-256. */
  String get() throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while hashing the file", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("Hashing the file failed", cause);
    }
  }

  /** The hex SHA-256 when hashing has finished well, else null; never waits. */
  String peek() {
    return result.isDone() && !result.isCompletedExceptionally() ? result.join() : null;
  }

  /** Stops hashing early when its result is no longer wanted. */
  void abandon() {
    abandoned = true;
  }
}
