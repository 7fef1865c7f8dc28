package org.modelworkbench.ml.text.weights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes 32-bit float tensors as a {@code .safetensors} file that Hugging Face's libraries load.
 *
 * <p>The layout is the format's: an 8-byte little-endian header length, the JSON header, then the
 * tensors' bytes back to back in the given order. The header is padded with spaces to a multiple
 * of 8 bytes, as the reference writer does, so every tensor starts aligned.
 */
public final class SafetensorsWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Tensor bytes are staged through a buffer of this size. */
  private static final int CHUNK_BYTES = 1 << 20;

  private SafetensorsWriter() {}

  /**
   * Writes a file, replacing any file of that name.
   *
   * @param file where to write
   * @param tensors the tensors by name, written in this map's order
   * @param metadata strings for the header's {@code __metadata__} (may be empty)
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, Map<String, WeightTensor> tensors,
      Map<String, String> metadata) throws IOException {
    Map<String, long[]> shapes = new LinkedHashMap<>();
    tensors.forEach((name, t) -> shapes.put(name, t.shape()));
    write(file, shapes, name -> tensors.get(name).values(), metadata);
  }

  /** Gives one tensor's values when the writer reaches it. */
  @FunctionalInterface
  public interface Values {
    /**
     * The values of a tensor, as many as its shape holds.
     *
     * @param name the tensor's name
     * @return its values, row-major
     * @throws IOException if they cannot be had
     */
    float[] of(String name) throws IOException;
  }

  /**
   * Writes a file asking for each tensor's values only when it is written, so that a caller
   * copying weights out of an engine holds one tensor at a time, not all of them.
   *
   * @param file where to write
   * @param shapes every tensor's shape by name, written in this map's order
   * @param values gives each tensor's values
   * @param metadata strings for the header's {@code __metadata__} (may be empty)
   * @throws IOException if the file cannot be written, or values do not fit a shape
   */
  public static void write(Path file, Map<String, long[]> shapes, Values values,
      Map<String, String> metadata) throws IOException {
    byte[] header = header(shapes, metadata);
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      length.putLong(header.length).flip();
      writeAll(out, length);
      writeAll(out, ByteBuffer.wrap(header));
      ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (Map.Entry<String, long[]> e : shapes.entrySet()) {
        float[] v = values.of(e.getKey());
        if (v.length != WeightTensor.size(e.getValue())) {
          throw new IOException(v.length + " values for " + e.getKey() + " of shape "
              + Arrays.toString(e.getValue()));
        }
        for (float x : v) {
          if (!chunk.hasRemaining()) {
            writeAll(out, chunk.flip());
            chunk.clear();
          }
          chunk.putFloat(x);
        }
      }
      writeAll(out, chunk.flip());
    }
  }

  static byte[] header(Map<String, long[]> shapes, Map<String, String> metadata)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    if (!metadata.isEmpty()) {
      ObjectNode meta = root.putObject("__metadata__");
      metadata.forEach(meta::put);
    }
    long offset = 0;
    for (Map.Entry<String, long[]> e : shapes.entrySet()) {
      if ("__metadata__".equals(e.getKey())) {
        throw new IllegalArgumentException("a tensor cannot be named __metadata__");
      }
      ObjectNode entry = root.putObject(e.getKey());
      entry.put("dtype", "F32");
      ArrayNode shape = entry.putArray("shape");
      for (long d : e.getValue()) {
        shape.add(d);
      }
      long end = offset + WeightTensor.size(e.getValue()) * Float.BYTES;
      entry.putArray("data_offsets").add(offset).add(end);
      offset = end;
    }
    byte[] json = JSON.writeValueAsBytes(root);
    int padded = (json.length + 7) / 8 * 8;
    byte[] header = new byte[padded];
    System.arraycopy(json, 0, header, 0, json.length);
    for (int i = json.length; i < padded; i++) {
      header[i] = (byte) ' ';
    }
    return header;
  }

  private static void writeAll(FileChannel out, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }
}
