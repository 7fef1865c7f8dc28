package org.modelworkbench.data.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.modelworkbench.model.DataFormatException;

/**
 * The file being imported: its path, the name used in messages, and its size. Turns file-system
 * problems into plain {@link DataFormatException}s that name the file.
 *
 * @param path where the file is
 * @param name the file name, as shown to the user
 * @param size its size in bytes
 */
record SourceFile(Path path, String name, long size) {

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
    return new SourceFile(path, name, size);
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
