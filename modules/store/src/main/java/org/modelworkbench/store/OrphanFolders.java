package org.modelworkbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.store.columnar.ColumnarFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes dataset folders that no catalogue row names: the temporary folder of an import whose
 * process died, or a folder renamed into place just before a crash stopped its commit.
 */
final class OrphanFolders {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanFolders.class);

  private OrphanFolders() {}

  /**
   * Deletes the orphans in {@code artifacts/datasets}. Runs at open, when no import can be running.
   *
   * @param datasetsDir the folder holding the dataset folders
   * @param storageNames the storage names the catalogue holds, {@code datasets/<id>}
   * @return how many folders were deleted
   */
  static int delete(Path datasetsDir, List<String> storageNames) throws IOException {
    if (!Files.isDirectory(datasetsDir)) {
      return 0;
    }
    Set<String> known = new HashSet<>();
    storageNames.forEach(n -> known.add(ColumnarFiles.folderName(n)));
    int deleted = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(datasetsDir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean unfinished = name.startsWith(ColumnarFiles.TEMP_PREFIX);
        boolean uncatalogued = ColumnarFiles.isFolderName(name) && !known.contains(name);
        // Only names this store makes; anything else in the folder is not ours to delete.
        if (Files.isDirectory(entry) && (unfinished || uncatalogued)) {
          ColumnarFiles.deleteTree(entry);
          LOG.info("Deleted unfinished dataset folder {}", name);
          deleted++;
        }
      }
    }
    return deleted;
  }
}
