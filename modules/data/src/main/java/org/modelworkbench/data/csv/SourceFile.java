package org.modelworkbench.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.modelworkbench.model.DataFormatException;

/**
 * The file being imported: its path, the name used in messages, and its size. Turns file-system
 * problems into plain {@link DataFormatException}s that name the file.
 *
 * <p>A gzip-compressed file (its first bytes are the gzip magic number, or its name ends in
 * {@code .gz}) is read through a {@link GZIPInputStream}; its size and hash are those of the
 * compressed bytes as stored.
 *
 * @param path where the file is
 * @param name the file name, as shown to the user
 * @param size its size in bytes, as stored
 * @param gzip whether the file is gzip-compressed
 */
record SourceFile(Path path, String name, long size, boolean gzip) {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int BUFFER_BYTES = 1 << 16;

  /**
   * Checks that the path is a readable, non-empty file.
   *
   * @throws DataFormatException when it is missing, a folder, unreadable or empty
   */
  static SourceFile check(Path path) {
    String name = nameOf(path);
    if (!Files.exists(path)) {
      throw new DataFormatException(name, 0, null, "the file does not exist.");
    }
    if (Files.isDirectory(path)) {
      throw new DataFormatException(name, 0, null, "this is a folder, not a file.");
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw unreadable(name, e, null);
    }
    if (size == 0) {
      throw empty(name);
    }
    boolean gzip;
    try {
      gzip = hasGzipMagic(path) || name.toLowerCase(Locale.ROOT).endsWith(".gz");
    } catch (IOException e) {
      throw unreadable(name, e, null);
    }
    return new SourceFile(path, name, size, gzip);
  }

  /** Opens the stored bytes, unbuffered and as they are on disk (compressed or not). */
  InputStream openStored() throws IOException {
    return Files.newInputStream(path);
  }

  /** Opens the file's content: the stored bytes, decompressed when the file is gzip-compressed. */
  InputStream openContent() throws IOException {
    return content(openStored());
  }

  /**
   * Wraps stored bytes so they read as the file's content: buffered, and decompressed when the
   * file is gzip-compressed. Closing the result closes the stored stream.
   */
  InputStream content(InputStream stored) throws IOException {
    try {
      return gzip ? new GZIPInputStream(stored, BUFFER_BYTES) : new BufferedInputStream(stored, BUFFER_BYTES);
    } catch (IOException | RuntimeException e) {
      stored.close();
      throw e;
    }
  }

  private static boolean hasGzipMagic(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
    }
  }

  /** The error for a file without any content. */
  static DataFormatException empty(String name) {
    return new DataFormatException(name, 0, null, "the file is empty.");
  }

  /** Turns a failure while reading the file into a plain error. */
  DataFormatException unreadable(IOException e, Charset charset) {
    return unreadable(name, e, charset);
  }

  private static DataFormatException unreadable(String name, IOException e, Charset charset) {
    String reason;
    if (e instanceof CharacterCodingException && charset != null) {
      reason = "the file is not valid " + charset.displayName() + " text; choose the file's character "
          + "set when importing (for example windows-1252 or ISO-8859-1).";
    } else if (e instanceof ZipException) {
      reason = "the file is not valid gzip-compressed data (" + e.getMessage() + ").";
    } else if (e instanceof NoSuchFileException) {
      reason = "the file does not exist.";
    } else if (e instanceof AccessDeniedException) {
      reason = "the file cannot be read; check that you may open it.";
    } else {
      reason = "the file could not be read (" + e.getMessage() + ").";
    }
    DataFormatException error = new DataFormatException(name, 0, null, reason);
    error.initCause(e);
    return error;
  }

  private static String nameOf(Path path) {
    Path fileName = path.getFileName();
    return fileName == null ? path.toString() : fileName.toString();
  }
}
