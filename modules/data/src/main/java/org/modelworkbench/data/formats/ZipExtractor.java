package org.modelworkbench.data.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/**
 * Extracts a zip archive safely into a fresh temporary folder.
 *
 * <p>Every entry is checked before anything is written: no absolute paths, no {@code ..}, no
 * symbolic links, no encrypted entries, at most {@link ZipLimits#maxEntries()} entries and
 * declared sizes within the limits. While extracting, the bytes actually written are counted,
 * because declared sizes can lie: an entry that grows past its declared size, past the ratio
 * limit, or past the total limit stops the extraction. On any failure the folder is deleted.
 */
final class ZipExtractor {
  private static final int SYMLINK_TYPE = 0120000;
  private static final int FILE_TYPE_MASK = 0170000;

  private ZipExtractor() {}

  /**
   * Extracts the archive.
   *
   * @return the new temporary folder holding the entries (clutter such as {@code __MACOSX} left out)
   * @throws DataFormatException when the archive is damaged or refused
   */
  static Path extract(Path zip, ZipLimits limits, ProgressListener progress, CancellationToken cancel) {
    String name = Folders.nameOf(zip);
    Path target;
    try {
      target = Files.createTempDirectory("workbench-import-").toRealPath();
    } catch (IOException e) {
      throw new DataFormatException(name, 0, null,
          "no temporary folder could be made to unpack the archive (" + e.getMessage() + ").");
    }
    boolean done = false;
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
      check(entries, file, name, limits);
      long total = 0;
      long declaredTotal = Math.max(1, entries.stream().mapToLong(e -> Math.max(0, e.getSize())).sum());
      for (ZipArchiveEntry entry : entries) {
        cancel.throwIfCancelled();
        String rel = ZipEntryNames.safeRelativePath(entry.getName());
        if (rel.isEmpty() || ZipEntryNames.isJunk(rel)) {
          continue;
        }
        Path out = target.resolve(rel).normalize();
        if (!out.startsWith(target)) {
          throw outside(name, entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        total = copy(file, entry, out, total, limits, name);
        progress.progress(Math.min(1.0, (double) total / declaredTotal), "Unpacking " + name);
      }
      done = true;
      return target;
    } catch (IOException e) {
      throw ZipContents.broken(name, e);
    } finally {
      if (!done) {
        Folders.deleteQuietly(target);
      }
    }
  }

  /** Refuses the archive before anything is written when any entry is unsafe. */
  private static void check(List<ZipArchiveEntry> entries, ZipFile file, String name, ZipLimits limits) {
    if (entries.size() > limits.maxEntries()) {
      throw new DataFormatException(name, 0, null, "the archive holds more than " + limits.maxEntries()
          + " entries; it was refused. Split it into smaller archives.");
    }
    long declared = 0;
    for (ZipArchiveEntry entry : entries) {
      String rel = ZipEntryNames.safeRelativePath(entry.getName());
      int type = (int) (entry.getExternalAttributes() >>> 16) & FILE_TYPE_MASK;
      if (rel == null || type == SYMLINK_TYPE || entry.isUnixSymlink()) {
        throw outside(name, entry.getName());
      }
      if (!entry.isDirectory() && !file.canReadEntryData(entry)) {
        throw new DataFormatException(name, 0, null, "entry '" + entry.getName() + "' is encrypted or "
            + "packed in a way the workbench cannot read; unpack the archive yourself and import the "
            + "files.");
      }
      long size = entry.getSize();
      if (size > 0) {
        declared += size;
        if (declared > limits.maxTotalBytes()) {
          throw tooBig(name, limits);
        }
        if (size > limits.ratioCheckBytes() && size > limits.maxRatio() * Math.max(1, entry.getCompressedSize())) {
          throw bomb(name, entry.getName(), limits);
        }
      }
    }
  }

  /** Copies one entry, counting bytes; returns the new total written. */
  private static long copy(ZipFile file, ZipArchiveEntry entry, Path out, long totalBefore,
      ZipLimits limits, String name) throws IOException {
    long declared = entry.getSize();
    long packed = Math.max(1, entry.getCompressedSize());
    long written = 0;
    long total = totalBefore;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = file.getInputStream(entry);
        OutputStream os = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        total += n;
        if (total > limits.maxTotalBytes()) {
          throw tooBig(name, limits);
        }
        if (declared >= 0 && written > declared) {
          throw new DataFormatException(name, 0, null, "entry '" + entry.getName()
              + "' holds more data than the archive says; the archive was refused.");
        }
        if (written > limits.ratioCheckBytes() && written > limits.maxRatio() * packed) {
          throw bomb(name, entry.getName(), limits);
        }
        os.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static DataFormatException outside(String name, String entry) {
    return new DataFormatException(name, 0, null, "entry '" + entry
        + "' would be written outside the import folder; the archive was refused.");
  }

  private static DataFormatException tooBig(String name, ZipLimits limits) {
    return new DataFormatException(name, 0, null, "the archive unpacks to more than "
        + sizeText(limits.maxTotalBytes()) + "; it was refused. Import a smaller archive.");
  }

  private static DataFormatException bomb(String name, String entry, ZipLimits limits) {
    return new DataFormatException(name, 0, null, "entry '" + entry + "' unpacks to more than "
        + limits.maxRatio() + " times its packed size; the archive looks like a zip bomb and was refused.");
  }

  private static String sizeText(long bytes) {
    long gb = 1024L * 1024 * 1024;
    return bytes >= gb && bytes % gb == 0 ? (bytes / gb) + " GB" : bytes + " bytes";
  }
}
