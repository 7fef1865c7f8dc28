package org.modelworkbench.data.formats;

import java.util.ArrayList;
import java.util.List;

/** Turns zip entry names into safe relative paths, or says they are unsafe. */
final class ZipEntryNames {
  private ZipEntryNames() {}

  /**
   * The entry's path below the import folder with {@code /} separators, "" for the folder itself,
   * or null when the name is absolute ({@code /x}, {@code C:\x}, {@code \\server\x}), climbs out
   * with {@code ..}, or holds a NUL character.
   */
  static String safeRelativePath(String name) {
    if (name.indexOf('\0') >= 0) {
      return null;
    }
    String path = name.replace('\\', '/');
    if (path.startsWith("/") || (path.length() >= 2 && path.charAt(1) == ':')) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        return null;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  /** Whether any part of a safe relative path is clutter such as {@code __MACOSX} or {@code .DS_Store}. */
  static boolean isJunk(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (Folders.isJunk(part)) {
        return true;
      }
    }
    return false;
  }
}
