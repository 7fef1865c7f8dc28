package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/**
 * Reads a zip archive: extracts it safely into a temporary folder, unwraps a single file or a
 * single top folder, and reads that. Tables and texts are fully in memory afterwards, so the
 * folder is deleted at once; image tables point into it, so it is handed to the caller as
 * {@link DatasetRead#workFolder()}. On failure the folder is always deleted.
 */
final class ZipSource {
  private ZipSource() {}

  /**
   * Reads the archive.
   *
   * @param limits the zip-bomb limits
   * @throws DataFormatException when the archive is unsafe, holds another archive, or its content
   *     cannot be read
   */
  static DatasetRead read(Path zip, ReadOptions options, ZipLimits limits, ProgressListener progress,
      CancellationToken cancel) {
    String name = Folders.nameOf(zip);
    String sha256;
    try {
      sha256 = Sha256.ofFile(zip);
    } catch (IOException e) {
      throw ZipContents.broken(name, e);
    }
    Path folder = ZipExtractor.extract(zip, limits, progress, cancel);
    boolean keep = false;
    try {
      Path content = unwrap(folder, name);
      if (!Files.isDirectory(content) && SourceSniffer.sniff(content, options.kind()) == SourceType.ZIP) {
        throw new DataFormatException(name, 0, null, "the archive holds another archive ('"
            + Folders.nameOf(content) + "'); unpack it first and import what is inside.");
      }
      DatasetRead read = DatasetReaders.readSource(content, options, progress, cancel);
      keep = read.kind() == DatasetKind.IMAGE;
      return read.fromArchive(sha256, "Zip archive '" + name + "'", keep ? folder : null);
    } finally {
      if (!keep) {
        Folders.deleteQuietly(folder);
      }
    }
  }

  /**
   * What to read: the one file at the archive's top; or the one top folder, or the one file inside
   * it; or else the extraction folder itself.
   */
  private static Path unwrap(Path folder, String name) {
    Path top = single(folder, name);
    if (top == null) {
      return folder;
    }
    if (Files.isDirectory(top)) {
      Path inner = single(top, name);
      return inner != null && Files.isRegularFile(inner) ? inner : top;
    }
    return top;
  }

  /** The only entry of a folder, or null when it has several. */
  private static Path single(Path folder, String name) {
    List<Path> children = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.forEach(children::add);
    } catch (IOException e) {
      throw ZipContents.broken(name, e);
    }
    if (children.isEmpty()) {
      throw new DataFormatException(name, 0, null, "the archive is empty.");
    }
    return children.size() == 1 ? children.get(0) : null;
  }
}
