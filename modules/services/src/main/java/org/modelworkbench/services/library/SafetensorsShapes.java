package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tensor names and shapes of a {@code .safetensors} file, read from its JSON header only: an
 * import checks a model of hundreds of megabytes against its config without loading its weights.
 */
final class SafetensorsShapes {
  /** Real headers are a few hundred kilobytes; anything much larger is not a safetensors file. */
  private static final long MAX_HEADER_BYTES = 100L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SafetensorsShapes() {}

  /**
   * Reads the header.
   *
   * @param file the weights file
   * @return name to shape, in the header's order, without {@code __metadata__}
   * @throws IOException if the file is not a safetensors file
   */
  static Map<String, long[]> read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, length, 0);
      long headerLength = length.flip().getLong();
      if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES || 8 + headerLength > channel.size()) {
        throw new IOException("it is not a safetensors file");
      }
      ByteBuffer header = ByteBuffer.allocate((int) headerLength);
      readFully(channel, header, 8);
      JsonNode root = JSON.readTree(new String(header.array(), StandardCharsets.UTF_8).trim());
      if (root == null || !root.isObject()) {
        throw new IOException("its header is not a JSON object");
      }
      Map<String, long[]> out = new LinkedHashMap<>();
      root.fields().forEachRemaining(f -> {
        if (!"__metadata__".equals(f.getKey())) {
          JsonNode shape = f.getValue().path("shape");
          long[] dims = new long[shape.size()];
          for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i).asLong();
          }
          out.put(f.getKey(), dims);
        }
      });
      return out;
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("it ends early");
      }
    }
  }
}
