package org.modelworkbench.services.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.modelworkbench.data.csv.CsvImportOptions;
import org.modelworkbench.data.csv.CsvImporter;
import org.modelworkbench.data.formats.ImageCheck;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * The images an image model should predict: every picture in a folder (and its sub-folders), or
 * the files named in the {@code file} column of a CSV (relative paths are read from the CSV's
 * folder). The rows keep what the user gave, so the output can be joined back.
 *
 * <p>Pictures that cannot be decoded (empty, truncated, damaged, or not an image at all) are left
 * out and named in {@link #skipped()}; the rest are predicted. Only when none is readable does
 * reading fail.
 *
 * @param rows the rows to write back: {@code file} alone for a folder, the CSV's columns for a CSV
 * @param files the image file of each row, in row order
 * @param skipped the pictures left out because they cannot be read, with the reason
 */
record ImagePredictionInput(DataTable rows, List<Path> files, List<PredictionOutcome.Skipped> skipped) {
  /** File endings read as images. */
  static final Set<String> EXTENSIONS = Set.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");
  private static final String FILE_COLUMN = "file";

  /** Copies the list. */
  ImagePredictionInput {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /**
   * Reads a folder or a CSV.
   *
   * @throws WorkbenchException when the folder has no pictures, the CSV has no {@code file} column,
   *     or a named file is missing
   */
  static ImagePredictionInput read(Path input, ProgressListener progress, CancellationToken cancel) {
    if (Files.isDirectory(input)) {
      return folder(input);
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.endsWith(".tsv")) {
      throw new WorkbenchException("This run's model classifies images: give a folder of pictures, or a CSV file "
          + "with a 'file' column of picture paths (" + input.getFileName() + " is neither).");
    }
    return csv(input, progress, cancel);
  }

  private static ImagePredictionInput folder(Path folder) {
    List<Path> found;
    try (Stream<Path> walk = Files.walk(folder)) {
      found = walk.filter(Files::isRegularFile).filter(ImagePredictionInput::isImage).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Could not read the folder " + folder + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new WorkbenchException("The folder " + folder + " holds no pictures (PNG, JPEG, BMP or GIF files).");
    }
    Object[] names = new Object[found.size()];
    for (int i = 0; i < found.size(); i++) {
      names[i] = folder.relativize(found.get(i)).toString().replace('\\', '/');
    }
    DataTable rows = new DataTable(List.of(new ColumnSchema(FILE_COLUMN, ColumnType.CATEGORICAL)),
        new Object[][] {names});
    return readable(rows, found, names, folder.getFileName().toString());
  }

  private static ImagePredictionInput csv(Path csv, ProgressListener progress, CancellationToken cancel) {
    DataTable rows = new CsvImporter(CsvImportOptions.defaults()).read(csv,
        (f, m) -> progress.progress(f < 0 ? f : f * 0.3, m), cancel).table();
    if (!rows.hasColumn(FILE_COLUMN)) {
      throw new WorkbenchException("The CSV " + csv.getFileName() + " has no 'file' column; this run's model needs "
          + "one picture path per row in a column named 'file'.");
    }
    Path base = csv.toAbsolutePath().getParent();
    String[] names = rows.textColumn(rows.columnIndex(FILE_COLUMN));
    List<Path> files = new ArrayList<>(names.length);
    for (int r = 0; r < names.length; r++) {
      if (names[r] == null || names[r].isBlank()) {
        throw new WorkbenchException("Row " + (r + 1) + " of " + csv.getFileName() + " has no file name.");
      }
      Path file = base.resolve(names[r].trim());
      if (!Files.isRegularFile(file)) {
        throw new WorkbenchException("Row " + (r + 1) + " of " + csv.getFileName() + " names " + names[r]
            + ", which does not exist (relative paths are read from the CSV's folder).");
      }
      files.add(file);
    }
    return readable(rows, files, names, csv.getFileName().toString());
  }

  /** Keeps the rows whose picture decodes; fails only when none does. */
  private static ImagePredictionInput readable(DataTable rows, List<Path> files, Object[] names, String source) {
    List<PredictionOutcome.Skipped> skipped = new ArrayList<>();
    int[] keep = new int[files.size()];
    int kept = 0;
    for (int i = 0; i < files.size(); i++) {
      var problem = ImageCheck.problem(files.get(i));
      if (problem.isPresent()) {
        skipped.add(new PredictionOutcome.Skipped(String.valueOf(names[i]).trim(), problem.get()));
      } else {
        keep[kept++] = i;
      }
    }
    if (kept == 0) {
      throw new WorkbenchException("None of the " + files.size() + " pictures of " + source + " can be read ("
          + skipped.get(0).file() + ": " + skipped.get(0).reason()
          + (skipped.size() > 1 ? ", and " + (skipped.size() - 1) + " more" : "") + ").");
    }
    if (skipped.isEmpty()) {
      return new ImagePredictionInput(rows, files, List.of());
    }
    int[] rowsKept = java.util.Arrays.copyOf(keep, kept);
    List<Path> filesKept = new ArrayList<>(kept);
    for (int r : rowsKept) {
      filesKept.add(files.get(r));
    }
    return new ImagePredictionInput(rows.selectRows(rowsKept), filesKept, skipped);
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot));
  }
}
