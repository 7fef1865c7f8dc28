package org.modelworkbench.ml.text.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ONNX reader on a small model written here field by field (onnx.proto numbering): both ways
 * a tensor stores floats (raw bytes and float_data), packed and unpacked integers, Constant
 * nodes, and the head count and epsilon found in the graph. The real exports are read in
 * {@code BuiltInEncodersTest}.
 */
class OnnxModelReaderTest {

  @Test
  void readsInitializersNodesAndConstants() throws IOException {
    OnnxGraph g = OnnxModelReader.read(new ByteArrayInputStream(model()), "tiny.onnx");

    assertThat(g.opsetVersion()).isEqualTo(11);
    assertThat(g.inputs()).containsExactly("x");
    assertThat(g.outputs()).containsExactly("y");
    OnnxTensor bias = g.initializers().get("layer.dense.bias");
    assertThat(bias.dims()).containsExactly(3);
    assertThat(bias.floats()).containsExactly(0.5f, 0.25f, 0.125f);
    OnnxTensor w = g.initializers().get("onnx::MatMul_9");
    assertThat(w.dims()).containsExactly(2, 3);
    assertThat(w.floats()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(g.nodes()).extracting(OnnxNode::opType).containsExactly("MatMul", "Add",
        "Constant", "Constant", "Concat", "Reshape", "ReduceMean", "Constant", "Add");
    assertThat(g.nodes().get(2).tensors().get("value").longs()).containsExactly(4);
    assertThat(g.nodes().get(3).tensors().get("value").longs()).containsExactly(8);
    assertThat(g.nodes().get(4).ints()).containsExactly(Map.entry("axis", 0L));

    Map<String, OnnxNode> producers = OnnxBertWeights.producers(g);
    assertThat(OnnxBertWeights.heads(g, producers, 32)).isEqualTo(4);
    assertThat(OnnxBertWeights.heads(g, producers, 64)).isEqualTo(-1);
    assertThat(OnnxBertWeights.epsilon(g, producers)).isEqualTo(1e-5f);
  }

  @Test
  void refusesBytesThatAreNotAModel() {
    assertThatThrownBy(() -> OnnxModelReader.read(
        new ByteArrayInputStream("hello, not a model".getBytes()), "notes.onnx"))
        .isInstanceOf(IOException.class).hasMessageStartingWith("notes.onnx is not a readable "
            + "ONNX model");
    assertThatThrownBy(() -> OnnxModelReader.read(new ByteArrayInputStream(new byte[0]),
        "empty.onnx")).hasMessageContaining("it holds no graph");
  }

  /** A ModelProto: opset 11 and a graph of a MatMul, an Add and a Reshape into heads. */
  private static byte[] model() throws IOException {
    ByteString graph = message(out -> {
      out.writeBytes(1, node("MatMul", List.of("x", "onnx::MatMul_9"), "m", null, null));
      out.writeBytes(1, node("Add", List.of("layer.dense.bias", "m"), "y", null, null));
      out.writeBytes(1, node("Constant", List.of(), "c", longTensor(4, true), null));
      out.writeBytes(1, node("Constant", List.of(), "d", longTensor(8, false), null));
      out.writeBytes(1, node("Concat", List.of("u", "c", "d"), "s", null, "axis"));
      out.writeBytes(1, node("Reshape", List.of("y", "s"), "r", null, null));
      out.writeBytes(1, node("ReduceMean", List.of("y"), "rm", null, null));
      out.writeBytes(1, node("Constant", List.of(), "eps", message(t -> {
        t.writeInt32(2, OnnxTensor.FLOAT);
        t.writeFloat(4, 1e-5f);
      }), null));
      out.writeBytes(1, node("Add", List.of("rm", "eps"), "v", null, null));
      out.writeBytes(5, message(t -> {
        t.writeInt64(1, 3);
        t.writeInt32(2, OnnxTensor.FLOAT);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        CodedOutputStream p = CodedOutputStream.newInstance(packed);
        for (float f : new float[] {0.5f, 0.25f, 0.125f}) {
          p.writeFloatNoTag(f);
        }
        p.flush();
        t.writeBytes(4, ByteString.copyFrom(packed.toByteArray()));
        t.writeString(8, "layer.dense.bias");
      }));
      out.writeBytes(5, message(t -> {
        t.writeInt64(1, 2);
        t.writeInt64(1, 3);
        t.writeInt32(2, OnnxTensor.FLOAT);
        t.writeString(8, "onnx::MatMul_9");
        ByteBuffer raw = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 1; i <= 6; i++) {
          raw.putFloat(i);
        }
        t.writeBytes(9, ByteString.copyFrom(raw.array()));
      }));
      out.writeBytes(11, message(v -> v.writeString(1, "x")));
      out.writeBytes(12, message(v -> v.writeString(1, "y")));
    });
    return message(out -> {
      out.writeInt64(1, 7);
      out.writeBytes(8, message(o -> {
        o.writeString(1, "");
        o.writeInt64(2, 11);
      }));
      out.writeBytes(7, graph);
    }).toByteArray();
  }

  /** An int64 tensor of one value, as raw bytes or as int64_data. */
  private static ByteString longTensor(long value, boolean raw) throws IOException {
    return message(t -> {
      t.writeInt64(1, 1);
      t.writeInt32(2, OnnxTensor.INT64);
      if (raw) {
        t.writeBytes(9, ByteString.copyFrom(ByteBuffer.allocate(8)
            .order(ByteOrder.LITTLE_ENDIAN).putLong(value).array()));
      } else {
        t.writeInt64(7, value);
      }
    });
  }

  private static ByteString node(String op, List<String> inputs, String output,
      ByteString value, String intAttribute) throws IOException {
    return message(n -> {
      for (String i : inputs) {
        n.writeString(1, i);
      }
      n.writeString(2, output);
      n.writeString(3, "/" + op + "_" + output);
      n.writeString(4, op);
      if (value != null) {
        n.writeBytes(5, message(a -> {
          a.writeString(1, "value");
          a.writeBytes(5, value);
          a.writeInt32(20, 4);
        }));
      }
      if (intAttribute != null) {
        n.writeBytes(5, message(a -> {
          a.writeString(1, intAttribute);
          a.writeInt64(3, 0);
          a.writeInt32(20, 2);
        }));
      }
    });
  }

  private static ByteString message(Fields fields) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    fields.write(out);
    out.flush();
    return ByteString.copyFrom(bytes.toByteArray());
  }

  /** Writes the fields of one message. */
  @FunctionalInterface
  private interface Fields {
    void write(CodedOutputStream out) throws IOException;
  }
}
