package org.modelworkbench.ml.text.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weights and the operator list of an ONNX model file.
 *
 * <p>The file is a Protocol Buffers message ({@code ModelProto}). Only the fields that name and hold
 * the weights are decoded, with protobuf-java's {@link CodedInputStream}; every other field is
 * skipped (decision 0011). Field numbers are those of onnx.proto: ModelProto.graph = 7,
 * opset_import = 8; GraphProto.node = 1, initializer = 5, input = 11, output = 12; NodeProto
 * input = 1, output = 2, name = 3, op_type = 4, attribute = 5; AttributeProto name = 1, f = 2,
 * i = 3, t = 5; TensorProto dims = 1, data_type = 2, float_data = 4, int32_data = 5,
 * int64_data = 7, name = 8, raw_data = 9, data_location = 14.
 *
 * <p>Tensor bytes are decoded straight from the file's bytes, without an intermediate copy.
 */
public final class OnnxModelReader {
  private final byte[] bytes;
  private final CodedInputStream in;
  private long opsetVersion;

  private OnnxModelReader(byte[] bytes) {
    this.bytes = bytes;
    this.in = CodedInputStream.newInstance(bytes);
    // Weights can be larger than protobuf's default 64 MB message limit.
    in.setSizeLimit(Integer.MAX_VALUE);
  }

  /**
   * Reads a model file.
   *
   * @param file the .onnx file
   * @return its graph
   * @throws IOException if the file cannot be read or is not an ONNX model
   */
  public static OnnxGraph read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.getFileName().toString());
  }

  /**
   * Reads a model from a stream, for example a resource inside a jar.
   *
   * @param stream the model's bytes; read to the end, not closed
   * @param what names the source in error messages
   * @return its graph
   * @throws IOException if the stream cannot be read or is not an ONNX model
   */
  public static OnnxGraph read(InputStream stream, String what) throws IOException {
    return read(stream.readAllBytes(), what);
  }

  private static OnnxGraph read(byte[] bytes, String what) throws IOException {
    try {
      return new OnnxModelReader(bytes).model();
    } catch (IOException | RuntimeException e) {
      throw new IOException(what + " is not a readable ONNX model: " + e.getMessage(), e);
    }
  }

  private OnnxGraph model() throws IOException {
    OnnxGraph graph = null;
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 7 -> graph = nested(this::graph);
        case 8 -> nested(this::opset);
        default -> in.skipField(tag);
      }
    }
    if (graph == null) {
      throw new IOException("it holds no graph");
    }
    return new OnnxGraph(graph.initializers(), graph.nodes(), graph.inputs(), graph.outputs(),
        opsetVersion);
  }

  private Void opset() throws IOException {
    String domain = "";
    long version = 0;
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> domain = in.readStringRequireUtf8();
        case 2 -> version = in.readInt64();
        default -> in.skipField(tag);
      }
    }
    if (domain.isEmpty() || "ai.onnx".equals(domain)) {
      opsetVersion = version;
    }
    return null;
  }

  private OnnxGraph graph() throws IOException {
    Map<String, OnnxTensor> initializers = new LinkedHashMap<>();
    List<OnnxNode> nodes = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> nodes.add(nested(this::node));
        case 5 -> {
          OnnxTensor t = nested(this::tensor);
          initializers.put(t.name(), t);
        }
        case 11 -> inputs.add(nested(this::valueName));
        case 12 -> outputs.add(nested(this::valueName));
        default -> in.skipField(tag);
      }
    }
    return new OnnxGraph(initializers, nodes, inputs, outputs, 0);
  }

  private String valueName() throws IOException {
    String name = "";
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      if (WireFormat.getTagFieldNumber(tag) == 1) {
        name = in.readStringRequireUtf8();
      } else {
        in.skipField(tag);
      }
    }
    return name;
  }

  private OnnxNode node() throws IOException {
    String name = "";
    String opType = "";
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
    Map<String, Float> floats = new LinkedHashMap<>();
    Map<String, Long> ints = new LinkedHashMap<>();
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> inputs.add(in.readStringRequireUtf8());
        case 2 -> outputs.add(in.readStringRequireUtf8());
        case 3 -> name = in.readStringRequireUtf8();
        case 4 -> opType = in.readStringRequireUtf8();
        case 5 -> nested(() -> attribute(tensors, floats, ints));
        default -> in.skipField(tag);
      }
    }
    return new OnnxNode(name, opType, List.copyOf(inputs), List.copyOf(outputs), tensors, floats,
        ints);
  }

  private Void attribute(Map<String, OnnxTensor> tensors, Map<String, Float> floats,
      Map<String, Long> ints) throws IOException {
    String name = "";
    Float f = null;
    Long i = null;
    OnnxTensor t = null;
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> name = in.readStringRequireUtf8();
        case 2 -> f = in.readFloat();
        case 3 -> i = in.readInt64();
        case 5 -> t = nested(this::tensor);
        default -> in.skipField(tag);
      }
    }
    if (f != null) {
      floats.put(name, f);
    }
    if (i != null) {
      ints.put(name, i);
    }
    if (t != null) {
      tensors.put(name, t);
    }
    return null;
  }

  private OnnxTensor tensor() throws IOException {
    List<Long> dims = new ArrayList<>();
    int dataType = 0;
    String name = "";
    int rawFrom = -1;
    int rawLength = 0;
    FloatList floatData = new FloatList();
    List<Long> intData = new ArrayList<>();
    long location = 0;
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      int type = WireFormat.getTagWireType(tag);
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> readVarints(type, dims);
        case 2 -> dataType = in.readInt32();
        case 4 -> readFloats(type, floatData);
        case 5, 7 -> readVarints(type, intData);
        case 8 -> name = in.readStringRequireUtf8();
        case 9 -> {
          rawLength = in.readRawVarint32();
          rawFrom = in.getTotalBytesRead();
          in.skipRawBytes(rawLength);
        }
        case 14 -> location = in.readEnum();
        default -> in.skipField(tag);
      }
    }
    if (location == 1) {
      throw new IOException("tensor " + name + " is stored in an external file, which is not "
          + "supported");
    }
    long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
    long size = 1;
    for (long d : shape) {
      size *= d;
    }
    float[] floats = null;
    long[] longs = null;
    if (dataType == OnnxTensor.FLOAT) {
      floats = rawFrom >= 0 ? rawFloats(rawFrom, rawLength) : floatData.toArray();
      check(name, floats.length, size);
    } else if (dataType == OnnxTensor.INT64 || dataType == OnnxTensor.INT32) {
      longs = rawFrom >= 0 ? rawInts(rawFrom, rawLength, dataType == OnnxTensor.INT64 ? 8 : 4)
          : intData.stream().mapToLong(Long::longValue).toArray();
      check(name, longs.length, size);
    }
    return new OnnxTensor(name, dataType, shape, floats, longs);
  }

  private static void check(String name, int values, long size) throws IOException {
    if (values != size) {
      throw new IOException("tensor " + name + " holds " + values + " values for a shape of "
          + size);
    }
  }

  private float[] rawFloats(int from, int length) {
    float[] out = new float[length / Float.BYTES];
    ByteBuffer.wrap(bytes, from, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  private long[] rawInts(int from, int length, int width) {
    ByteBuffer b = ByteBuffer.wrap(bytes, from, length).order(ByteOrder.LITTLE_ENDIAN);
    long[] out = new long[length / width];
    for (int k = 0; k < out.length; k++) {
      out[k] = width == 8 ? b.getLong() : b.getInt();
    }
    return out;
  }

  /** Repeated varints come packed (one length-delimited run) or one per tag. */
  private void readVarints(int wireType, List<Long> into) throws IOException {
    if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
      int limit = in.pushLimit(in.readRawVarint32());
      while (!in.isAtEnd()) {
        into.add(in.readInt64());
      }
      in.popLimit(limit);
    } else {
      into.add(in.readInt64());
    }
  }

  private void readFloats(int wireType, FloatList into) throws IOException {
    if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
      int limit = in.pushLimit(in.readRawVarint32());
      while (!in.isAtEnd()) {
        into.add(in.readFloat());
      }
      in.popLimit(limit);
    } else {
      into.add(in.readFloat());
    }
  }

  private <T> T nested(Part<T> part) throws IOException {
    int limit = in.pushLimit(in.readRawVarint32());
    T value = part.read();
    in.popLimit(limit);
    return value;
  }

  /** Reads one embedded message up to the current limit. */
  @FunctionalInterface
  private interface Part<T> {
    T read() throws IOException;
  }

  /** A growable float array, for float_data written as repeated values. */
  private static final class FloatList {
    private float[] values = new float[16];
    private int size;

    void add(float v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
