package org.modelworkbench.ml.text.onnx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Turns the graph of a BERT encoder exported to ONNX (PyTorch's exporter, as in Hugging Face
 * Optimum's exports) into {@link BertWeights} under Hugging Face names.
 *
 * <p>Most initializers keep their PyTorch names. The linear weights do not: the exporter stores
 * each one transposed, as the right operand of a {@code MatMul}, under a generated name such as
 * {@code onnx::MatMul_787}. Each is named from the bias of the {@code Add} that follows its
 * {@code MatMul} ({@code ...query.bias} names {@code ...query.weight}) and transposed back to
 * {@code [out, in]}. The head count is not stored with any weight; it is read from the
 * {@code Reshape} that splits a width-{@code H} vector into {@code [heads, H / heads]}. The
 * LayerNorm epsilon is the constant added to the variance (or a fused LayerNormalization's
 * attribute). Sizes are taken from the weights' shapes.
 */
public final class OnnxBertWeights {
  /** BERT's default epsilon, used if the graph shows none. */
  static final float DEFAULT_EPS = 1e-12f;

  private OnnxBertWeights() {}

  /**
   * Extracts the encoder.
   *
   * @param graph the ONNX graph
   * @param source names the model in messages
   * @return sizes and weights
   * @throws IOException if the graph is not a BERT encoder this reader understands
   */
  public static BertWeights from(OnnxGraph graph, String source) throws IOException {
    Map<String, WeightTensor> tensors = new LinkedHashMap<>();
    Map<String, OnnxNode> producers = producers(graph);
    Map<String, OnnxNode> addAfter = new HashMap<>();
    for (OnnxNode n : graph.nodes()) {
      if ("Add".equals(n.opType())) {
        n.inputs().forEach(i -> addAfter.putIfAbsent(i, n));
      }
    }
    for (OnnxTensor t : graph.initializers().values()) {
      if (t.floats() != null && !t.name().startsWith("onnx::")) {
        tensors.put(t.name(), new WeightTensor(t.dims(), t.floats()));
      }
    }
    for (OnnxNode n : graph.nodes()) {
      if (!"MatMul".equals(n.opType()) || n.inputs().size() != 2) {
        continue;
      }
      OnnxTensor w = graph.initializers().get(n.inputs().get(1));
      if (w == null || w.floats() == null || w.dims().length != 2) {
        continue;
      }
      String bias = biasAfter(n, addAfter, graph);
      if (bias == null) {
        throw new IOException(source + ": the weight " + w.name() + " has no bias after it, so it "
            + "cannot be named");
      }
      String name = bias.substring(0, bias.length() - "bias".length()) + "weight";
      tensors.put(name, new WeightTensor(w.dims(), w.floats()).transposed());
    }
    BertConfig config = config(graph, tensors, producers, source);
    return BertWeights.checked(config, tensors, source);
  }

  /** The node that writes each value. */
  static Map<String, OnnxNode> producers(OnnxGraph graph) {
    Map<String, OnnxNode> producers = new HashMap<>();
    for (OnnxNode n : graph.nodes()) {
      n.outputs().forEach(o -> producers.put(o, n));
    }
    return producers;
  }

  private static String biasAfter(OnnxNode matMul, Map<String, OnnxNode> addAfter,
      OnnxGraph graph) {
    OnnxNode add = addAfter.get(matMul.outputs().get(0));
    if (add == null) {
      return null;
    }
    for (String input : add.inputs()) {
      OnnxTensor t = graph.initializers().get(input);
      if (t != null && t.name().endsWith(".bias") && t.dims().length == 1) {
        return t.name();
      }
    }
    return null;
  }

  private static BertConfig config(OnnxGraph graph, Map<String, WeightTensor> tensors,
      Map<String, OnnxNode> producers, String source) throws IOException {
    long[] words = shape(tensors, "embeddings.word_embeddings.weight", source);
    long[] positions = shape(tensors, "embeddings.position_embeddings.weight", source);
    long[] types = shape(tensors, "embeddings.token_type_embeddings.weight", source);
    long[] intermediate = shape(tensors, "encoder.layer.0.intermediate.dense.weight", source);
    int hidden = Math.toIntExact(words[1]);
    int layers = 0;
    while (tensors.containsKey("encoder.layer." + layers + ".output.dense.weight")) {
      layers++;
    }
    int heads = heads(graph, producers, hidden);
    if (heads <= 0) {
      throw new IOException(source + ": no Reshape into attention heads was found, so the head "
          + "count is unknown");
    }
    try {
      // Dropout is a training setting the export does not keep: BERT's default.
      return new BertConfig(Math.toIntExact(words[0]), hidden, layers, heads,
          Math.toIntExact(intermediate[0]), Math.toIntExact(positions[0]),
          Math.toIntExact(types[0]), epsilon(graph, producers), 0.1f, 0.1f);
    } catch (IllegalArgumentException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
  }

  private static long[] shape(Map<String, WeightTensor> tensors, String name, String source)
      throws IOException {
    WeightTensor t = tensors.get(name);
    if (t == null) {
      throw new IOException(source + " has no " + name + ": it is not a BERT-family encoder");
    }
    return t.shape();
  }

  /**
   * The first {@code Reshape} whose target shape ends in two constants {@code a, b} with
   * {@code a * b == width}, both above 1, gives the head count {@code a}.
   */
  static int heads(OnnxGraph graph, Map<String, OnnxNode> producers, int hidden) {
    for (OnnxNode n : graph.nodes()) {
      if (!"Reshape".equals(n.opType()) || n.inputs().size() < 2) {
        continue;
      }
      List<Long> target = constants(n.inputs().get(1), graph, producers);
      int size = target.size();
      if (size >= 2) {
        long a = target.get(size - 2);
        long b = target.get(size - 1);
        if (a > 1 && b > 1 && a * b == hidden) {
          return (int) a;
        }
      }
    }
    return -1;
  }

  /** The known trailing values of a shape tensor: a constant, or a Concat ending in constants. */
  private static List<Long> constants(String value, OnnxGraph graph,
      Map<String, OnnxNode> producers) {
    long[] direct = constantLongs(value, graph, producers);
    if (direct != null) {
      return Arrays.stream(direct).boxed().toList();
    }
    OnnxNode concat = producers.get(value);
    if (concat == null || !"Concat".equals(concat.opType())) {
      return List.of();
    }
    List<Long> tail = new ArrayList<>();
    for (String input : concat.inputs()) {
      long[] c = constantLongs(input, graph, producers);
      if (c == null) {
        tail.clear();
      } else {
        for (long v : c) {
          tail.add(v);
        }
      }
    }
    return tail;
  }

  private static long[] constantLongs(String value, OnnxGraph graph,
      Map<String, OnnxNode> producers) {
    OnnxTensor init = graph.initializers().get(value);
    if (init != null) {
      return init.longs();
    }
    OnnxNode node = producers.get(value);
    if (node != null && "Constant".equals(node.opType()) && node.tensors().containsKey("value")) {
      return node.tensors().get("value").longs();
    }
    return null;
  }

  /** The variance epsilon: a fused LayerNormalization's, or the constant added to a ReduceMean. */
  static float epsilon(OnnxGraph graph, Map<String, OnnxNode> producers) {
    for (OnnxNode n : graph.nodes()) {
      if ("LayerNormalization".equals(n.opType()) && n.floats().containsKey("epsilon")) {
        return n.floats().get("epsilon");
      }
      if (!"Add".equals(n.opType()) || n.inputs().size() != 2) {
        continue;
      }
      OnnxNode left = producers.get(n.inputs().get(0));
      OnnxNode right = producers.get(n.inputs().get(1));
      if (left != null && right != null && "ReduceMean".equals(left.opType())
          && "Constant".equals(right.opType())) {
        OnnxTensor c = right.tensors().get("value");
        if (c != null && c.floats() != null && c.floats().length == 1) {
          return c.floats()[0];
        }
      }
    }
    return DEFAULT_EPS;
  }
}
