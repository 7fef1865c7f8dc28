package org.modelworkbench.store.columnar;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;
import org.modelworkbench.model.ColumnType;

/**
 * Where and how a dataset version's rows are kept in columnar files.
 *
 * <p>The rows of dataset {@code <id>} live in {@code artifacts/datasets/<id>/}; the catalogue's
 * {@code table_name} then holds {@code datasets/<id>} instead of a {@code DATA_<id>} table name.
 * Column {@code i} has these files, all little-endian:
 *
 * <ul>
 *   <li>{@code c<i>.nul}: the null bitmap, bit {@code r % 8} of byte {@code r / 8} set when row
 *       {@code r} is missing;
 *   <li>{@code c<i>.val}: one fixed-width value per row (zeros when missing): a long for integers, a
 *       double for decimals, a byte for yes/no, an int epoch day for dates, a long epoch second and
 *       an int nanosecond for timestamps, an int dictionary code for text (categorical and free text alike);
 *   <li>text only: {@code c<i>.dic}, the UTF-8 bytes of the dictionary entries one after another,
 *       and {@code c<i>.dix}, entries + 1 longs giving where each entry starts in {@code c<i>.dic}.
 * </ul>
 *
 * <p>Fixed widths make row {@code r} of any column one seek away, so a page of rows costs the same
 * wherever it is. An import writes into {@code .tmp-<id>/} and renames it to {@code <id>/} in the
 * step that commits the catalogue rows.
 */
public final class ColumnarFiles {
  /** Format version written into each folder's manifest. */
  public static final int FORMAT = 1;
  /** The manifest file of a dataset folder. */
  public static final String MANIFEST = "dataset.properties";
  public static final String TEMP_PREFIX = ".tmp-";
  private static final String STORAGE_PREFIX = "datasets/";
  private static final Pattern FOLDER = Pattern.compile("[0-9]+");

  private ColumnarFiles() {}

  /** The catalogue's storage name of a dataset kept in files, {@code datasets/<id>}. */
  public static String storageName(long datasetId) {
    return STORAGE_PREFIX + datasetId;
  }

  /** Whether a catalogue storage name points at a columnar folder rather than a table. */
  public static boolean isStorageName(String name) {
    return name != null && name.startsWith(STORAGE_PREFIX)
        && FOLDER.matcher(name.substring(STORAGE_PREFIX.length())).matches();
  }

  /** The folder name inside {@code artifacts/datasets} of a storage name. */
  public static String folderName(String storageName) {
    return storageName.substring(STORAGE_PREFIX.length());
  }

  /** Whether a folder name is one a committed dataset folder could have. */
  public static boolean isFolderName(String name) {
    return FOLDER.matcher(name).matches();
  }

  /** The stem of column {@code i}'s files. */
  public static String stem(int column) {
    return "c" + column;
  }

  /** Bytes per row in a column's value file. */
  static int width(ColumnType type) {
    return switch (type) {
      case INTEGER, DECIMAL -> 8;
      case BOOLEAN -> 1;
      case DATE, CATEGORICAL, TEXT -> 4;
      case TIMESTAMP -> 12;
    };
  }

  static Path nulls(Path dir, int column) {
    return dir.resolve(stem(column) + ".nul");
  }

  static Path values(Path dir, int column) {
    return dir.resolve(stem(column) + ".val");
  }

  static Path dictionary(Path dir, int column) {
    return dir.resolve(stem(column) + ".dic");
  }

  static Path dictionaryIndex(Path dir, int column) {
    return dir.resolve(stem(column) + ".dix");
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
