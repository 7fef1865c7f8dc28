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

  /** The schema of all columns. */
  public List<ColumnSchema> schema() {
    return columns.stream().map(ColumnProfile::schema).toList();
  }
}
