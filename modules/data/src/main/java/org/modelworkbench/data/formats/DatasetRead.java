package org.modelworkbench.data.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.RejectedRow;

/**
 * The result of reading a dataset.
 *
 * <p>For {@link DatasetKind#IMAGE} datasets the table lists the image files (column {@code file},
 * absolute paths) rather than pixels. When those files were extracted from a zip archive they live
 * in {@link #workFolder()}, which stays on disk so that the caller can copy the images into the
 * project; the caller deletes it afterwards with {@link #deleteWorkFolder()}.
 *
 * @param kind what the dataset holds
 * @param table the rows; for images one row per readable image, for texts one row per document
 * @param rejected rows left out because they were bad (only when bad rows were skipped)
 * @param problems other things left out or worth knowing, one plain sentence each, for example
 *     {@code "defects/ok/img7.png: not a readable image (truncated PNG); left out."}
 * @param sha256 the hex SHA-256 of the source file; for a folder, of its sorted relative paths and
 *     their files' hashes
 * @param formatDescription how the source was read, for example
 *     {@code "Excel workbook, sheet 'Loans'"}
 * @param workFolder a temporary folder the files in {@code table} point into, or null when there
 *     is none; the caller deletes it when done
 * @param leftOutFiles the files of a folder that were left out (unreadable or no image), one entry
 *     each with line 0, the reason in plain words and the file's path as shown in {@code problems}
 *     ({@code defects/ok/img7.png}); kept with the dataset so they can be named later
 * @param charset the character set text was read in ({@code windows-1251}, {@code UTF-8}), or
 *     null for sources that are not text (Excel workbooks, images)
 */
public record DatasetRead(
    DatasetKind kind,
    DataTable table,
    List<RejectedRow> rejected,
    List<String> problems,
    String sha256,
    String formatDescription,
    Path workFolder,
    List<RejectedRow> leftOutFiles,
    String charset) {

  /** Checks the parts and copies the lists so the result stays immutable. */
  public DatasetRead {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(formatDescription, "formatDescription");
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
    problems = problems == null ? List.of() : List.copyOf(problems);
    leftOutFiles = leftOutFiles == null ? List.of() : List.copyOf(leftOutFiles);
  }

  /** A result with no left-out files, from a source that is not text. */
  public DatasetRead(DatasetKind kind, DataTable table, List<RejectedRow> rejected, List<String> problems,
      String sha256, String formatDescription, Path workFolder) {
    this(kind, table, rejected, problems, sha256, formatDescription, workFolder, List.of(), null);
  }

  /**
   * Deletes {@link #workFolder()} with everything in it; does nothing when there is none. After
   * this the {@code file} paths of an image table no longer exist.
   *
   * @throws UncheckedIOException when a file cannot be deleted
   */
  public void deleteWorkFolder() {
    if (workFolder != null) {
      try {
        Folders.deleteRecursively(workFolder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The same result as read from a zip archive: the archive's hash, description and folder. */
  DatasetRead fromArchive(String archiveSha256, String archiveDescription, Path folder) {
    return new DatasetRead(kind, table, rejected, problems, archiveSha256,
        archiveDescription + ": " + formatDescription, folder, leftOutFiles, charset);
  }
}
