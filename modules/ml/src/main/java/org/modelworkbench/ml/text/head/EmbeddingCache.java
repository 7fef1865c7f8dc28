package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text vectors kept on disk, keyed by content, so the same texts with the same encoder are never
 * encoded twice: across fits, runs, and training and scoring of one project.
 *
 * <p>Layout: one sub-folder per encoder identity ({@link EncoderReference#identity()}: weights,
 * pooling, token limit), named by that line's SHA-256 and holding it in {@code encoder.txt};
 * inside, files of vectors ({@link EmbeddingFile}), each keyed per text by the SHA-256 of the
 * text's UTF-8 bytes. Files are added, never rewritten, each atomically. A damaged file is
 * ignored (and deleted) and its texts are encoded again; the cache is never needed for
 * correctness, so its folder may be deleted at any time.
 */
public final class EmbeddingCache {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final String SUFFIX = ".emb";
  static final String IDENTITY_FILE = "encoder.txt";

  private final Path folder;
  private final Map<Path, Indexed> verified = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A cache in a folder (created when first written), for example the project's cache folder.
   *
   * @param folder the cache's own folder
   */
  public EmbeddingCache(Path folder) {
    this.folder = folder;
  }

  /** The cache's folder. */
  public Path folder() {
    return folder;
  }

  /** The SHA-256 of a text's UTF-8 bytes (null counts as empty). */
  static byte[] textHash(String text) {
    return EncoderReference.sha256().digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
  }

  private Path encoderFolder(String identity) {
    MessageDigest d = EncoderReference.sha256();
    return folder.resolve(HexFormat.of().formatHex(d.digest(identity.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 32));
  }

  /**
   * The cached vectors of some texts.
   *
   * @param identity the encoder's identity line
   * @param width the vectors' width, files of another width are ignored; 0 for any
   * @param wanted text hashes ({@link #textHash}) to look for, as hex keys
   * @return the vectors found, by hex key; texts not cached are absent
   */
  Map<String, float[]> lookup(String identity, int width, java.util.Set<String> wanted) {
    Map<String, float[]> found = new HashMap<>();
    Path dir = encoderFolder(identity);
    if (!Files.isDirectory(dir) || wanted.isEmpty()) {
      return found;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path file : files) {
        lookupIn(file, width, wanted, found);
        if (found.size() == wanted.size()) {
          break;
        }
      }
    } catch (IOException e) {
      LOG.warn("The text vector cache {} could not be read ({}); encoding the texts again.", dir, e.toString());
    }
    return found;
  }

  /**
   * Looks texts up in one file. A file is checked (size, magic, checksum) the first time it is
   * met, or again when its size or time changed; after that only its index stays in memory and
   * the wanted vectors are read from their places, so scoring many batches does not re-read the
   * whole cache each time.
   */
  private void lookupIn(Path file, int width, java.util.Set<String> wanted, Map<String, float[]> found)
      throws IOException {
    java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file,
        java.nio.file.attribute.BasicFileAttributes.class);
    Indexed known = verified.get(file);
    if (known == null || known.size() != attributes.size()
        || !known.modified().equals(attributes.lastModifiedTime())) {
      verified.remove(file);
      EmbeddingFile.Content content = readOrDrop(file);
      if (content == null) {
        return;
      }
      Map<String, Integer> rows = new HashMap<>();
      for (int i = 0; i < content.hashes().length; i++) {
        rows.put(HexFormat.of().formatHex(content.hashes()[i]), i);
      }
      verified.put(file, new Indexed(attributes.size(), attributes.lastModifiedTime(), content.width(),
          content.hashes().length, rows));
      if (width > 0 && content.width() != width) {
        return;
      }
      rows.forEach((key, row) -> {
        if (wanted.contains(key)) {
          found.put(key, content.vectors()[row]);
        }
      });
      return;
    }
    if (width > 0 && known.width() != width) {
      return;
    }
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      for (String key : wanted) {
        Integer row = known.rows().get(key);
        if (row != null && !found.containsKey(key)) {
          found.put(key, EmbeddingFile.readVector(channel,
              EmbeddingFile.vectorOffset(known.count(), known.width(), row), known.width()));
        }
      }
    }
  }

  /** A checked file's index: its size and time when checked, its width, vector count and the row of each text. */
  private record Indexed(long size, java.nio.file.attribute.FileTime modified, int width, int count,
      Map<String, Integer> rows) {}

  private static EmbeddingFile.Content readOrDrop(Path file) {
    try {
      EmbeddingFile.Content content = EmbeddingFile.read(file);
      if (content == null) {
        LOG.warn("Ignoring the damaged text vector cache file {}; its texts are encoded again.", file);
        Files.deleteIfExists(file);
      }
      return content;
    } catch (IOException e) {
      LOG.warn("Ignoring the unreadable text vector cache file {} ({}).", file, e.toString());
      return null;
    }
  }

  /**
   * Adds vectors. A failure to write is logged, not thrown: the cache only saves time.
   *
   * @param identity the encoder's identity line
   * @param width the vectors' width
   * @param hashes the texts' hashes
   * @param vectors their vectors, in the same order
   */
  void store(String identity, int width, List<byte[]> hashes, List<float[]> vectors) {
    if (hashes.isEmpty()) {
      return;
    }
    Path dir = encoderFolder(identity);
    try {
      Files.createDirectories(dir);
      Path id = dir.resolve(IDENTITY_FILE);
      if (!Files.isRegularFile(id)) {
        byte[] line = (identity + "\n").getBytes(StandardCharsets.UTF_8);
        org.modelworkbench.ml.training.AtomicFiles.write(id, out -> out.write(line));
      }
      // Named by the hash of its texts' hashes: the same batch written twice is one file.
      MessageDigest d = EncoderReference.sha256();
      hashes.forEach(d::update);
      Path file = dir.resolve(HexFormat.of().formatHex(d.digest()).substring(0, 32) + SUFFIX);
      EmbeddingFile.write(file, width, new ArrayList<>(hashes), vectors);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Text vectors could not be cached in {} ({}); they will be computed again next time.", dir,
          e.toString());
    }
  }
}
