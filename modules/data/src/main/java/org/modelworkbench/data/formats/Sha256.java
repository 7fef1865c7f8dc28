package org.modelworkbench.data.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 hashes of bytes, files and folders, as lower-case hex. */
final class Sha256 {
  private Sha256() {}

  /** A fresh digest; every Java runtime has SHA-256. */
  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The hash of some bytes. */
  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** The hash of a file's bytes. */
  static String ofFile(Path file) throws IOException {
    MessageDigest md = digest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        md.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The hash of a folder: over each file's relative path (with {@code /}) and content hash, in
   * sorted path order, so the same files give the same hash wherever the folder is.
   *
   * @param fileHashes content hash by relative path
   */
  static String ofFolder(Map<String, String> fileHashes) {
    MessageDigest md = digest();
    for (Map.Entry<String, String> e : new TreeMap<>(fileHashes).entrySet()) {
      md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(e.getValue().getBytes(StandardCharsets.US_ASCII));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
