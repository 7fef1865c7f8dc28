package org.modelworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dataset version in the project catalogue.
 *
 * @param id database id of this version
 * @param name the dataset name shared by all its versions
 * @param version 1-based version number
 * @param sourceFile the file it was imported from, as given
 * @param sha256 SHA-256 of the source file's bytes, in hex
 * @param rows number of stored rows
 * @param columns one profile per column, in source order
 * @param rejectedRows number of rows rejected at import
 * @param importedAt when it was imported
 * @param charset the character set its text was read in ({@code windows-1251}, {@code UTF-8}), or
 *     null for sources that are not text and for datasets imported before it was kept
 */
public record DatasetInfo(
    long id,
    String name,
    int version,
    String sourceFile,
    String sha256,
    long rows,
    List<ColumnProfile> columns,
    long rejectedRows,
    Instant importedAt,
    String charset) {

  /** The columns the image-folder import gives every picture; a dataset with all of them holds images. */
  public static final List<String> IMAGE_COLUMNS = List.of("file", "class", "width", "height", "channels");

  /** Copies the column list. */
  public DatasetInfo {
    columns = List.copyOf(columns);
  }

  /** A dataset version whose charset is not known (not read from text). */
  public DatasetInfo(long id, String name, int version, String sourceFile, String sha256, long rows,
      List<ColumnProfile> columns, long rejectedRows, Instant importedAt) {
    this(id, name, version, sourceFile, sha256, rows, columns, rejectedRows, importedAt, null);
  }

  /** The profile of a column by exact name. */
  public Optional<ColumnProfile> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /**
   * Whether the dataset was made from a folder of pictures: it has every one of the
   * {@link #IMAGE_COLUMNS}. The one rule for "this is an image dataset", so training, the gallery
   * and the dialogs cannot disagree about it.
   */
  public boolean holdsImages() {
    return IMAGE_COLUMNS.stream().allMatch(c -> column(c).isPresent());
  }

  /** The names of its free-text columns, in column order. */
  public java.util.List<String> textColumns() {
    return columns.stream().filter(c -> c.type() == ColumnType.TEXT).map(ColumnProfile::name).toList();
  }

  /** The schema of all columns. */
  public List<ColumnSchema> schema() {
    return columns.stream().map(ColumnProfile::schema).toList();
  }
}
