package org.modelworkbench.ml.text.bert;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One post-LayerNorm transformer layer of BERT: multi-head self-attention, add and LayerNorm,
 * then a GELU (erf) feed-forward layer, add and LayerNorm. Parameter names are the Hugging Face
 * names below {@code encoder.layer.N.}; linear weights are {@code [out, in]}.
 */
final class BertLayer extends AbstractBlock {
  private final BertConfig config;
  private final Map<String, Parameter> p = new LinkedHashMap<>();

  BertLayer(BertConfig config) {
    this.config = config;
    shapes(config).forEach((name, shape) -> {
      Map<String, long[]> one = Map.of(name, shape);
      Parameter parameter;
      if (name.endsWith("LayerNorm.weight")) {
        parameter = BertParameters.gamma(name, one);
      } else if (name.endsWith("LayerNorm.bias")) {
        parameter = BertParameters.beta(name, one);
      } else if (name.endsWith(".bias")) {
        parameter = BertParameters.bias(name, one);
      } else {
        parameter = BertParameters.weight(name, one);
      }
      p.put(name, addParameter(parameter));
    });
  }

  static Map<String, long[]> shapes(BertConfig c) {
    long h = c.hiddenSize();
    long i = c.intermediateSize();
    Map<String, long[]> m = new LinkedHashMap<>();
    for (String qkv : new String[] {"query", "key", "value"}) {
      m.put("attention.self." + qkv + ".weight", new long[] {h, h});
      m.put("attention.self." + qkv + ".bias", new long[] {h});
    }
    m.put("attention.output.dense.weight", new long[] {h, h});
    m.put("attention.output.dense.bias", new long[] {h});
    m.put("attention.output.LayerNorm.weight", new long[] {h});
    m.put("attention.output.LayerNorm.bias", new long[] {h});
    m.put("intermediate.dense.weight", new long[] {i, h});
    m.put("intermediate.dense.bias", new long[] {i});
    m.put("output.dense.weight", new long[] {h, i});
    m.put("output.dense.bias", new long[] {h});
    m.put("output.LayerNorm.weight", new long[] {h});
    m.put("output.LayerNorm.bias", new long[] {h});
    return m;
  }

  /**
   * Inputs: token vectors {@code [batch, length, width]} and the additive attention mask
   * {@code [batch, 1, 1, length]} (0 for real tokens, a large negative number for padding).
   */
  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray maskBias = inputs.get(1);
    Device device = x.getDevice();
    Shape s = x.getShape();
    long batch = s.get(0);
    long length = s.get(1);
    int heads = config.heads();
    int headSize = config.headSize();

    NDArray q = heads(dense(store, "attention.self.query", x, training), batch, length);
    NDArray k = heads(dense(store, "attention.self.key", x, training), batch, length);
    NDArray v = heads(dense(store, "attention.self.value", x, training), batch, length);
    // Divide the scores (not the queries) by sqrt(head size), as the reference graph does.
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(headSize))
        .add(maskBias);
    NDArray probs = Dropout.dropout(scores.softmax(-1), config.attentionDropout(), training)
        .singletonOrThrow();
    NDArray context = probs.matMul(v).transpose(0, 2, 1, 3)
        .reshape(batch, length, (long) heads * headSize);

    NDArray attended = dropout(dense(store, "attention.output.dense", context, training), training);
    attended = norm(store, "attention.output.LayerNorm", attended.add(x), device, training);

    NDArray inner = Activation.gelu(dense(store, "intermediate.dense", attended, training));
    NDArray out = dropout(dense(store, "output.dense", inner, training), training);
    return new NDList(norm(store, "output.LayerNorm", out.add(attended), device, training));
  }

  private NDArray heads(NDArray x, long batch, long length) {
    return x.reshape(batch, length, config.heads(), config.headSize()).transpose(0, 2, 1, 3);
  }

  private NDArray dense(ParameterStore store, String name, NDArray x, boolean training) {
    Device d = x.getDevice();
    return Linear.linear(x, store.getValue(p.get(name + ".weight"), d, training),
        store.getValue(p.get(name + ".bias"), d, training)).singletonOrThrow();
  }

  private NDArray norm(ParameterStore store, String name, NDArray x, Device d, boolean training) {
    return LayerNorm.layerNorm(x, new Shape(config.hiddenSize()),
        store.getValue(p.get(name + ".weight"), d, training),
        store.getValue(p.get(name + ".bias"), d, training), config.layerNormEps())
        .singletonOrThrow();
  }

  private NDArray dropout(NDArray x, boolean training) {
    return Dropout.dropout(x, config.hiddenDropout(), training).singletonOrThrow();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
