package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;

/**
 * Reads a folder of images with one sub-folder per class. Every image is decoded to prove it is
 * readable; files that are not (empty, truncated, damaged, or no image at all) are named in the
 * problems and left out. The table has one row per readable image: {@code file} (absolute path),
 * {@code class}, {@code width}, {@code height}, {@code channels}, {@code sha256} and {@code source}
 * (the path below the folder, {@code ok/img1.png}, so the picture keeps its name once copied).
 */
final class ImageFolderSource {
  /** The table's columns. */
  static final List<ColumnSchema> COLUMNS = List.of(
      new ColumnSchema("file", ColumnType.CATEGORICAL),
      new ColumnSchema("class", ColumnType.CATEGORICAL),
      new ColumnSchema("width", ColumnType.INTEGER),
      new ColumnSchema("height", ColumnType.INTEGER),
      new ColumnSchema("channels", ColumnType.INTEGER),
      new ColumnSchema("sha256", ColumnType.CATEGORICAL),
      new ColumnSchema("source", ColumnType.CATEGORICAL));

  private ImageFolderSource() {}

  /**
   * Reads the images.
   *
   * @throws DataFormatException when no file in the class folders is a readable image
   */
  static DatasetRead read(ClassFolderScan scan, ProgressListener progress, CancellationToken cancel)
      throws IOException {
    String name = Folders.nameOf(scan.root());
    String message = "Reading images in " + name;
    List<Object[]> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<RejectedRow> leftOut = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    TreeSet<String> classesSeen = new TreeSet<>();
    TreeSet<String> classesWithImages = new TreeSet<>();
    refuseMostlyOtherFiles(scan, name);
    int done = 0;
    for (ClassFolderScan.ClassFile file : scan.files()) {
      cancel.throwIfCancelled();
      progress.progress((double) done++ / scan.files().size(), message);
      classesSeen.add(file.className());
      if (!ClassFolderScan.IMAGE_EXTENSIONS.contains(file.extension())) {
        hashes.put(file.relativePath(), Sha256.ofFile(file.path()));
        leaveOut(scan.shown(file.relativePath()), "not a PNG, JPEG, BMP or GIF image", problems, leftOut);
        continue;
      }
      byte[] bytes = Files.readAllBytes(file.path());
      String sha256 = Sha256.of(bytes);
      hashes.put(file.relativePath(), sha256);
      try {
        ImageProbe.ImageInfo info = ImageProbe.probe(bytes);
        rows.add(new Object[] {file.path().toAbsolutePath().toString(), file.className(),
            (long) info.width(), (long) info.height(), (long) info.channels(), sha256, file.relativePath()});
        classesWithImages.add(file.className());
      } catch (ImageProbe.Unreadable e) {
        leaveOut(scan.shown(file.relativePath()), "not a readable image (" + e.getMessage() + ")", problems,
            leftOut);
      }
    }
    for (String loose : scan.loose()) {
      hashes.put(loose, Sha256.ofFile(scan.root().resolve(loose)));
      leaveOut(scan.shown(loose), "not inside a class sub-folder", problems, leftOut);
    }
    if (rows.isEmpty()) {
      throw noImages(name);
    }
    classesSeen.removeAll(classesWithImages);
    classesSeen.forEach(c -> problems.add(name + "/" + c + ": no readable images in this class folder."));
    progress.progress(1.0, message);
    return new DatasetRead(DatasetKind.IMAGE, DataTable.fromRows(COLUMNS, rows), List.of(), problems,
        Sha256.ofFolder(hashes), "Folder of images, " + rows.size() + " images in "
            + classesWithImages.size() + " classes", null, leftOut, null);
  }

  /** Names a left-out file in the problems and keeps it, with its reason, for the dataset. */
  private static void leaveOut(String shown, String reason, List<String> problems, List<RejectedRow> leftOut) {
    problems.add(shown + ": " + reason + "; left out.");
    leftOut.add(new RejectedRow(0, reason, shown));
  }

  /**
   * A folder whose sub-folders hold mostly other files (a home or download folder dropped by
   * mistake) is refused before any image is read, instead of becoming a dataset of stray pictures.
   */
  private static void refuseMostlyOtherFiles(ClassFolderScan scan, String name) {
    long images = scan.files().stream()
        .filter(f -> ClassFolderScan.IMAGE_EXTENSIONS.contains(f.extension())).count();
    if (images > 0 && images * 2 < scan.files().size()) {
      throw new DataFormatException(name, 0, null, "only " + images + " of the " + scan.files().size()
          + " files in its sub-folders are images, so it does not look like a folder of images per class. "
          + "Import a folder whose sub-folders (one per class) hold the images.");
    }
  }

  /** The error for a folder without any image. */
  static DataFormatException noImages(String folderName) {
    return new DataFormatException(folderName, 0, null,
        "no images found; expected one sub-folder per class with PNG, JPEG, BMP or GIF files.");
  }
}
