package org.modelworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.modelworkbench.model.UserFolders;

/**
 * Carries the unpacked engine natives of versions before 0.2 ({@code ~/.modelworkbench/cache/djl})
 * over to the platform's cache folder, so a machine that ran an older version does not unpack
 * hundreds of megabytes again.
 */
final class LegacyFolders {
  private LegacyFolders() {}

  /**
   * The engine cache to use: the new one, after moving the old one there when only the old one
   * exists; the old one itself when it cannot be moved (for example across file systems, where a
   * move would be a slow copy at every first start).
   */
  static Path engineCache(UserFolders folders) {
    Path target = folders.engineCache();
    Path old = folders.legacyEngineCache();
    if (Files.exists(target) || !Files.isDirectory(old)) {
      return target;
    }
    try {
      Files.createDirectories(target.getParent());
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException | UnsupportedOperationException e) {
      return old;
    }
  }
}
