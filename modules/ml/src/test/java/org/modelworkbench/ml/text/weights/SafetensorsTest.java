package org.modelworkbench.ml.text.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and reading safetensors files: round trips, the byte layout, other dtypes, damage. */
class SafetensorsTest {
  @TempDir Path dir;

  @Test
  void roundTripKeepsNamesOrderShapesValuesAndMetadata() throws IOException {
    Random random = new Random(3);
    Map<String, WeightTensor> tensors = new LinkedHashMap<>();
    tensors.put("z.first", tensor(random, 3, 5));
    tensors.put("a.second", tensor(random, 7));
    tensors.put("m.scalar", new WeightTensor(new long[0], new float[] {Float.MIN_VALUE}));
    tensors.put("m.empty", new WeightTensor(new long[] {0, 4}, new float[0]));
    tensors.put("specials", new WeightTensor(new long[] {4},
        new float[] {Float.NaN, Float.NEGATIVE_INFINITY, -0f, Float.MAX_VALUE}));
    Path file = dir.resolve("model.safetensors");
    SafetensorsWriter.write(file, tensors, Map.of("format", "pt"));

    SafetensorsContent read = SafetensorsReader.read(file);
    assertThat(read.tensors().keySet()).containsExactlyElementsOf(tensors.keySet());
    assertThat(read.tensors()).isEqualTo(tensors);
    assertThat(read.metadata()).containsExactly(Map.entry("format", "pt"));
    assertThat(read.otherTensors()).isEmpty();
  }

  @Test
  void layoutIsTheFormatsLittleEndianHeaderAlignedToEightBytes() throws IOException {
    Map<String, WeightTensor> tensors = new LinkedHashMap<>();
    tensors.put("w", new WeightTensor(new long[] {2}, new float[] {1.5f, -2f}));
    tensors.put("b", new WeightTensor(new long[] {1}, new float[] {3f}));
    Path file = dir.resolve("x.safetensors");
    SafetensorsWriter.write(file, tensors, Map.of());

    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    long headerLength = bytes.getLong(0);
    assertThat(headerLength % 8).isZero();
    assertThat(bytes.capacity()).isEqualTo(8 + headerLength + 12);
    JsonNode header = new ObjectMapper().readTree(new String(bytes.array(), 8,
        (int) headerLength, StandardCharsets.UTF_8));
    assertThat(header.path("w").path("dtype").asText()).isEqualTo("F32");
    assertThat(header.path("w").path("data_offsets").toString()).isEqualTo("[0,8]");
    assertThat(header.path("b").path("data_offsets").toString()).isEqualTo("[8,12]");
    assertThat(header.has("__metadata__")).isFalse();
    int data = (int) (8 + headerLength);
    assertThat(bytes.getFloat(data)).isEqualTo(1.5f);
    assertThat(bytes.getFloat(data + 4)).isEqualTo(-2f);
    assertThat(bytes.getFloat(data + 8)).isEqualTo(3f);
  }

  @Test
  void readsHalfPrecisionAndSkipsIntegerTensors() throws IOException {
    // Written by hand as a Hugging Face checkpoint would be: F16, BF16 and an int64 buffer.
    ByteBuffer data = ByteBuffer.allocate(4 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
    data.putShort((short) 0x3c00).putShort((short) 0xc100); // F16 1.0, -2.5
    data.putShort((short) 0x3f80).putShort((short) 0x4049); // BF16 1.0, 3.140625
    data.putLong(0).putLong(1);
    String header = "{\"h\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]},"
        + "\"bf\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[4,8]},"
        + "\"embeddings.position_ids\":{\"dtype\":\"I64\",\"shape\":[1,2],"
        + "\"data_offsets\":[8,24]}}";
    Path file = write(header, data.array());

    SafetensorsContent read = SafetensorsReader.read(file);
    assertThat(read.tensors().get("h").values()).containsExactly(1f, -2.5f);
    assertThat(read.tensors().get("bf").values()).containsExactly(1f, 3.140625f);
    assertThat(read.otherTensors()).containsExactly(Map.entry("embeddings.position_ids", "I64"));
  }

  @Test
  void halfPrecisionCoversSubnormalsInfinityAndNan() {
    assertThat(SafetensorsDtype.halfToFloat((short) 0x0001)).isEqualTo(0x1p-24f);
    assertThat(SafetensorsDtype.halfToFloat((short) 0x7bff)).isEqualTo(65504f);
    assertThat(SafetensorsDtype.halfToFloat((short) 0xfc00)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(SafetensorsDtype.halfToFloat((short) 0x7e00)).isNaN();
    assertThat(SafetensorsDtype.halfToFloat((short) 0x8000)).isEqualTo(-0f);
  }

  @Test
  void damagedFilesAreRefusedNamingTheTensor() throws IOException {
    assertThatThrownBy(() -> SafetensorsReader.read(write(
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", new byte[8])))
        .hasMessageContaining("tensor w has bytes 0..16 but needs 16 of 8");
    assertThatThrownBy(() -> SafetensorsReader.read(write(
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[8])))
        .hasMessageContaining("tensor w has bytes 0..8 but needs 12");
    assertThatThrownBy(() -> SafetensorsReader.read(write(
        "{\"w\":{\"dtype\":\"Q4\",\"shape\":[1],\"data_offsets\":[0,1]}}", new byte[1])))
        .hasMessageContaining("tensor w has an unknown dtype \"Q4\"");
    assertThatThrownBy(() -> SafetensorsReader.read(write("[1, 2]", new byte[0])))
        .hasMessageContaining("header that is not a JSON object");
    assertThatThrownBy(() -> SafetensorsReader.read(write("{not json", new byte[0])))
        .hasMessageContaining("unreadable header");
    Path tiny = Files.write(dir.resolve("tiny.safetensors"), new byte[] {1, 2});
    assertThatThrownBy(() -> SafetensorsReader.read(tiny)).hasMessageContaining("too short");
  }

  private Path write(String header, byte[] data) throws IOException {
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h).put(data);
    return Files.write(Files.createTempFile(dir, "hand", ".safetensors"), b.array());
  }

  private static WeightTensor tensor(Random random, long... shape) {
    float[] v = new float[(int) WeightTensor.size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return new WeightTensor(shape, v);
  }
}
