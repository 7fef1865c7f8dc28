package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.modelworkbench.ml.training.AtomicFiles;

/**
 * One file of cached vectors: a magic word with the format version, the width and count, each
 * text's 32-byte content hash, the vectors as little-endian float32, and a CRC-32 of all that. A
 * file whose size, magic or checksum is wrong is reported as damaged, never half-read.
 */
final class EmbeddingFile {
  private static final byte[] MAGIC = "WBEMB001".getBytes(StandardCharsets.US_ASCII);
  static final int HASH_BYTES = 32;
  private static final int HEADER = MAGIC.length + 8;

  /** The content of a file: hashes {@code count x 32} bytes and vectors {@code count x width}. */
  record Content(int width, byte[][] hashes, float[][] vectors) {}

  private EmbeddingFile() {}

  /** Where row {@code row}'s vector starts in a file of {@code count} vectors of {@code width}. */
  static long vectorOffset(int count, int width, int row) {
    return HEADER + (long) count * HASH_BYTES + (long) row * width * Float.BYTES;
  }

  /** Reads one vector at an offset from {@link #vectorOffset}, in a file already checked by {@link #read}. */
  static float[] readVector(java.nio.channels.FileChannel channel, long offset, int width) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(width * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (channel.read(b, offset + b.position()) < 0) {
        throw new java.io.EOFException("the file is shorter than its index");
      }
    }
    b.flip();
    float[] v = new float[width];
    b.asFloatBuffer().get(v);
    return v;
  }

  static void write(Path file, int width, List<byte[]> hashes, List<float[]> vectors) throws IOException {
    int count = hashes.size();
    long size = HEADER + (long) count * HASH_BYTES + (long) count * width * Float.BYTES + Long.BYTES;
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many vectors for one file: " + count);
    }
    ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(width).putInt(count);
    hashes.forEach(b::put);
    for (float[] v : vectors) {
      if (v.length != width) {
        throw new IllegalArgumentException("a vector of " + v.length + " values, expected " + width);
      }
      b.asFloatBuffer().put(v);
      b.position(b.position() + width * Float.BYTES);
    }
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, b.position());
    b.putLong(crc.getValue());
    AtomicFiles.write(file, out -> out.write(b.array()));
  }

  /**
   * Reads a file.
   *
   * @return its content, or null when it is damaged or not such a file
   * @throws IOException when it cannot be read at all
   */
  static Content read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < HEADER + Long.BYTES
        || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.position(MAGIC.length);
    int width = b.getInt();
    int count = b.getInt();
    if (width < 1 || count < 0
        || bytes.length != HEADER + (long) count * HASH_BYTES + (long) count * width * Float.BYTES + Long.BYTES) {
      return null;
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    if (crc.getValue() != b.getLong(bytes.length - Long.BYTES)) {
      return null;
    }
    byte[][] hashes = new byte[count][HASH_BYTES];
    for (byte[] h : hashes) {
      b.get(h);
    }
    float[][] vectors = new float[count][width];
    for (float[] v : vectors) {
      b.asFloatBuffer().get(v);
      b.position(b.position() + width * Float.BYTES);
    }
    return new Content(width, hashes, vectors);
  }
}
