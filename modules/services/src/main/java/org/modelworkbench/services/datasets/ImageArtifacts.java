package org.modelworkbench.services.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ArtifactStore;

/**
 * Copies the images of an image dataset into the project by content hash, so moving or deleting
 * the original folder loses nothing, and points the dataset's {@code file} column at the copies.
 */
final class ImageArtifacts {
  private ImageArtifacts() {}

  /**
   * Copies every image and returns the table with {@code file} holding paths relative to the
   * project's artifact folder ({@code images/ab/<sha256>.png}). Equal images are stored once.
   */
  static DataTable copyIntoProject(DataTable images, ArtifactStore artifacts) {
    int fileColumn = images.columnIndex("file");
    int hashColumn = images.columnIndex("sha256");
    Object[][] columns = new Object[images.columnCount()][];
    for (int c = 0; c < images.columnCount(); c++) {
      columns[c] = images.columnValues(c);
    }
    for (int r = 0; r < images.rowCount(); r++) {
      Path source = Path.of((String) images.value(r, fileColumn));
      String sha = (String) images.value(r, hashColumn);
      columns[fileColumn][r] = copy(source, sha, artifacts);
    }
    return new DataTable(images.columns(), columns);
  }

  private static String copy(Path source, String sha, ArtifactStore artifacts) {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    Path target = artifacts.root().resolve("images").resolve(sha.substring(0, 2)).resolve(sha + extension);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".image-", ".tmp");
        try {
          Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("Could not copy the image " + source + " into the project: " + e.getMessage(), e);
    }
    return artifacts.relativize(target);
  }
}
