package org.modelworkbench.ml.text.weights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .safetensors} file: an 8-byte little-endian header length, a JSON header naming
 * each tensor's dtype, shape and byte range, then the raw little-endian tensor bytes.
 *
 * <p>Each tensor is read with a positional read rather than a memory map, so no mapping keeps the
 * file locked (Windows) after reading. Every offset is checked against the file before it is used:
 * a damaged or truncated file gives an {@link IOException} that names the file and the tensor.
 */
public final class SafetensorsReader {
  /** Larger headers are refused: real ones are a few hundred kilobytes at most. */
  static final long MAX_HEADER_BYTES = 100L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SafetensorsReader() {}

  /**
   * Reads all tensors of a file.
   *
   * @param file the .safetensors file
   * @return its tensors and metadata
   * @throws IOException if the file cannot be read or is not a valid safetensors file
   */
  public static SafetensorsContent read(Path file) throws IOException {
    String what = file.getFileName().toString();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long fileSize = channel.size();
      if (fileSize < 8) {
        throw new IOException(what + " is too short to be a safetensors file");
      }
      long headerLength = readFully(channel, 0, 8, what).getLong();
      if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || 8 + headerLength > fileSize) {
        throw new IOException(what + " is not a safetensors file (header length " + headerLength
            + ", file size " + fileSize + ")");
      }
      ByteBuffer headerBytes = readFully(channel, 8, (int) headerLength, what);
      JsonNode header;
      try {
        header = JSON.readTree(new String(headerBytes.array(), StandardCharsets.UTF_8).trim());
      } catch (IOException e) {
        throw new IOException(what + " has an unreadable header: " + e.getMessage(), e);
      }
      if (header == null || !header.isObject()) {
        throw new IOException(what + " has a header that is not a JSON object");
      }
      long dataStart = 8 + headerLength;
      return content(channel, header, dataStart, fileSize - dataStart, what);
    }
  }

  private static SafetensorsContent content(FileChannel channel, JsonNode header, long dataStart,
      long dataSize, String what) throws IOException {
    Map<String, WeightTensor> tensors = new LinkedHashMap<>();
    Map<String, String> others = new LinkedHashMap<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = header.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode entry = field.getValue();
      if ("__metadata__".equals(name)) {
        entry.fields().forEachRemaining(m -> metadata.put(m.getKey(), m.getValue().asText()));
        continue;
      }
      SafetensorsDtype dtype = SafetensorsDtype.parse(entry.path("dtype").asText(), name, what);
      long[] shape = shape(entry.path("shape"), name, what);
      JsonNode offsets = entry.path("data_offsets");
      if (!offsets.isArray() || offsets.size() != 2) {
        throw new IOException(what + ": tensor " + name + " has no data_offsets");
      }
      long begin = offsets.get(0).asLong(-1);
      long end = offsets.get(1).asLong(-1);
      long expected = WeightTensor.size(shape) * dtype.bytes();
      if (begin < 0 || end < begin || end > dataSize || end - begin != expected) {
        throw new IOException(what + ": tensor " + name + " has bytes " + begin + ".." + end
            + " but needs " + expected + " of " + dataSize);
      }
      if (!dtype.isFloat()) {
        others.put(name, dtype.name());
        continue;
      }
      if (expected > Integer.MAX_VALUE) {
        throw new IOException(what + ": tensor " + name + " is larger than 2 GB");
      }
      ByteBuffer bytes = readFully(channel, dataStart + begin, (int) expected, what);
      tensors.put(name, new WeightTensor(shape, dtype.toFloats(bytes)));
    }
    return new SafetensorsContent(tensors, others, metadata);
  }

  private static long[] shape(JsonNode node, String name, String what) throws IOException {
    if (!node.isArray()) {
      throw new IOException(what + ": tensor " + name + " has no shape");
    }
    List<Long> dims = new ArrayList<>();
    for (JsonNode d : node) {
      if (!d.canConvertToLong() || d.asLong() < 0) {
        throw new IOException(what + ": tensor " + name + " has a bad shape " + node);
      }
      dims.add(d.asLong());
    }
    return dims.stream().mapToLong(Long::longValue).toArray();
  }

  private static ByteBuffer readFully(FileChannel channel, long position, int length, String what)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        throw new EOFException(what + " ends early");
      }
    }
    return buffer.flip();
  }
}
