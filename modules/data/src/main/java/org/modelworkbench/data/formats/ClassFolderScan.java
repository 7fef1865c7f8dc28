package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.modelworkbench.model.CancellationToken;

/**
 * The files of a folder laid out with one sub-folder per class. Files deeper down belong to the
 * class of their top sub-folder; files directly in the folder belong to no class. Hidden files,
 * operating-system clutter and symbolic links are skipped.
 *
 * @param root the folder
 * @param files the files inside class folders, sorted by relative path
 * @param loose relative paths of files directly in the folder, sorted
 */
record ClassFolderScan(Path root, List<ClassFile> files, List<String> loose) {
  /** Image file extensions that javax.imageio reads. */
  static final Set<String> IMAGE_EXTENSIONS = Set.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");
  /** The extension of text documents. */
  static final String TEXT_EXTENSION = ".txt";

  /**
   * A file inside a class folder.
   *
   * @param className the name of the top sub-folder
   * @param relativePath the path below the root, with {@code /} separators
   * @param path the file
   */
  record ClassFile(String className, String relativePath, Path path) {
    /** The lower-case extension, such as {@code ".png"}. */
    String extension() {
      return Folders.extension(path.getFileName().toString());
    }
  }

  /** Lists a folder's files. */
  static ClassFolderScan scan(Path root, CancellationToken cancel) throws IOException {
    List<ClassFile> files = new ArrayList<>();
    List<String> loose = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        cancel.throwIfCancelled();
        return !dir.equals(root) && Folders.isJunk(Folders.nameOf(dir))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!attrs.isRegularFile() || Folders.isJunk(Folders.nameOf(file))) {
          return FileVisitResult.CONTINUE;
        }
        Path relative = root.relativize(file);
        String rel = relative.toString().replace(file.getFileSystem().getSeparator(), "/");
        if (relative.getNameCount() == 1) {
          loose.add(rel);
        } else {
          files.add(new ClassFile(relative.getName(0).toString(), rel, file));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(Comparator.comparing(ClassFile::relativePath));
    loose.sort(Comparator.naturalOrder());
    return new ClassFolderScan(root, files, loose);
  }

  /**
   * Guesses the dataset kind from relative paths: images in class folders make an image dataset,
   * text files in class folders a text dataset (images win a tie).
   *
   * @param relativePaths paths below the root with {@code /} separators
   * @return the kind, or null when the class folders hold neither
   */
  static DatasetKind guess(List<String> relativePaths) {
    int images = 0;
    int texts = 0;
    for (String rel : relativePaths) {
      if (rel.indexOf('/') <= 0 || rel.endsWith("/")) {
        continue;
      }
      String ext = Folders.extension(rel.substring(rel.lastIndexOf('/') + 1));
      if (IMAGE_EXTENSIONS.contains(ext)) {
        images++;
      } else if (ext.equals(TEXT_EXTENSION)) {
        texts++;
      }
    }
    if (images > 0 && images >= texts) {
      return DatasetKind.IMAGE;
    }
    return texts > 0 ? DatasetKind.TEXT : null;
  }

  /** {@link #guess(List)} for this folder's files. */
  DatasetKind guess() {
    List<String> paths = new ArrayList<>(files.size());
    files.forEach(f -> paths.add(f.relativePath()));
    return guess(paths);
  }

  /** The name used in messages for a file: the folder's name, then its relative path. */
  String shown(String relativePath) {
    return Folders.nameOf(root) + "/" + relativePath;
  }
}
