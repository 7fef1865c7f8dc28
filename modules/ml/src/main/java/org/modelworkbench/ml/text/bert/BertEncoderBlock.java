package org.modelworkbench.ml.text.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * A BERT-family text encoder (post-LayerNorm, absolute positions, GELU) as a trainable DJL block
 * for the PyTorch engine.
 *
 * <p>Inputs: token ids and attention mask, both int64 {@code [batch, length]}, and optionally
 * token-type ids of the same shape (zeros when left out). Outputs: the pooled text vectors
 * {@code [batch, width]} (see {@link Pooling}) and the last layer's token vectors
 * {@code [batch, length, width]}.
 *
 * <p>Its parameters are ordinary DJL {@link Parameter}s, so a {@code Trainer} fine-tunes them;
 * {@link #namedParameters()} gives them under their Hugging Face names, for export.
 */
public final class BertEncoderBlock extends AbstractBlock {
  static final String EMBEDDINGS = "embeddings.";
  /** Added to attention scores of padding: float32's lowest value, as the reference graph uses. */
  static final float MASKED = -Float.MAX_VALUE;
  private static final byte VERSION = 1;

  private final BertConfig config;
  private final Pooling pooling;
  private final BertEmbeddings embeddings;
  private final List<BertLayer> layers = new ArrayList<>();

  /**
   * A new encoder with BERT's random initialisation; see {@link #pretrained} for loaded weights.
   *
   * @param config the sizes (its dropout rates apply in training)
   * @param pooling how the text vector is pooled
   */
  public BertEncoderBlock(BertConfig config, Pooling pooling) {
    super(VERSION);
    this.config = config;
    this.pooling = pooling;
    embeddings = addChildBlock("embeddings", new BertEmbeddings(config));
    for (int i = 0; i < config.layers(); i++) {
      layers.add(addChildBlock("layer" + i, new BertLayer(config)));
    }
  }

  /**
   * An encoder holding pretrained weights, its parameters initialised in {@code manager} (pass
   * the DJL model's manager when the block will be trained).
   *
   * @param weights the sizes and weights (checked, see {@link BertWeights#checked})
   * @param pooling how the text vector is pooled
   * @param manager owns the parameter arrays
   * @return the initialised block
   */
  public static BertEncoderBlock pretrained(BertWeights weights, Pooling pooling,
      NDManager manager) {
    BertEncoderBlock block = new BertEncoderBlock(weights.config(), pooling);
    block.initializeFrom(weights.tensors(), manager);
    return block;
  }

  /**
   * Initialises the parameters with the given values instead of random ones.
   *
   * @param tensors values by Hugging Face name, for every parameter
   * @param manager owns the parameter arrays
   */
  void initializeFrom(Map<String, WeightTensor> tensors, NDManager manager) {
    Map<Parameter, Initializer> defaults = new LinkedHashMap<>();
    namedParameters().forEach((name, parameter) -> {
      WeightTensor t = tensors.get(name);
      if (t == null) {
        throw new IllegalArgumentException("no value for " + name);
      }
      defaults.put(parameter, parameter.getInitializer());
      parameter.setInitializer(new FixedValues(name, t));
    });
    initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1, 1));
    // The fixed values are copied into the engine: drop the references to the Java arrays.
    defaults.forEach(Parameter::setInitializer);
  }

  /** The sizes. */
  public BertConfig config() {
    return config;
  }

  /** How the text vector is pooled. */
  public Pooling pooling() {
    return pooling;
  }

  /**
   * Every parameter under its Hugging Face name ({@code embeddings.word_embeddings.weight},
   * {@code encoder.layer.0.attention.self.query.weight}, ...), in model order.
   *
   * @return name to parameter, unmodifiable
   */
  public Map<String, Parameter> namedParameters() {
    Map<String, Parameter> m = new LinkedHashMap<>();
    embeddings.getDirectParameters().forEach(p -> m.put(EMBEDDINGS + p.getKey(), p.getValue()));
    for (int i = 0; i < layers.size(); i++) {
      String prefix = layerPrefix(i);
      layers.get(i).getDirectParameters().forEach(p -> m.put(prefix + p.getKey(), p.getValue()));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The current values of the parameters under their Hugging Face names, for export.
   *
   * @return name to values
   */
  public Map<String, WeightTensor> currentWeights() {
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    namedParameters().forEach((name, p) -> {
      NDArray a = p.getArray();
      m.put(name, new WeightTensor(a.getShape().getShape(), a.toFloatArray()));
    });
    return m;
  }

  static String layerPrefix(int i) {
    return "encoder.layer." + i + ".";
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray ids = inputs.get(0);
    NDArray mask = inputs.get(1);
    NDArray typeIds = inputs.size() > 2 ? inputs.get(2) : ids.zerosLike();
    Shape s = ids.getShape();
    if (s.get(1) > config.maxPositions()) {
      throw new IllegalArgumentException(s.get(1) + " tokens is longer than the model's limit of "
          + config.maxPositions());
    }
    NDArray x = embeddings.forward(store, new NDList(ids, typeIds), training, params)
        .singletonOrThrow();
    // 0 where a token is real, the lowest float where it is padding: softmax then ignores it.
    NDArray maskBias = mask.toType(DataType.FLOAT32, false).neg().add(1f).mul(MASKED)
        .reshape(s.get(0), 1, 1, s.get(1));
    for (BertLayer layer : layers) {
      x = training ? layer.forward(store, new NDList(x, maskBias), true, params).singletonOrThrow()
          : inferLayer(layer, store, x, maskBias, params);
    }
    return new NDList(pooling.apply(x, mask), x);
  }

  /**
   * One layer in inference, its intermediate arrays freed as soon as it is done. DJL keeps every
   * array an operation makes until its manager closes, so without this a forward pass holds all
   * layers' intermediates at once: scoring bge-small-en (12 layers) at batch 32 x 128 tokens
   * peaked at 3.3 GB of resident memory. Results of an operation belong to its first operand's
   * manager, so the layer's input is lent to a scope for the layer's duration and the output is
   * moved back out of it.
   */
  private static NDArray inferLayer(BertLayer layer, ParameterStore store, NDArray x,
      NDArray maskBias, PairList<String, Object> params) {
    NDManager owner = x.getManager();
    try (NDManager scope = owner.newSubManager()) {
      x.tempAttach(scope);
      NDArray out = layer.forward(store, new NDList(x, maskBias), false, params)
          .singletonOrThrow();
      out.attach(owner);
      return out;
    }
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType,
      Shape... inputShapes) {
    Shape ids = inputShapes[0];
    embeddings.initialize(manager, dataType, ids, ids);
    Shape hidden = new Shape(ids.get(0), ids.get(1), config.hiddenSize());
    Shape mask = new Shape(ids.get(0), 1, 1, ids.get(1));
    for (BertLayer layer : layers) {
      layer.initialize(manager, dataType, hidden, mask);
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape ids = inputShapes[0];
    return new Shape[] {new Shape(ids.get(0), config.hiddenSize()),
        new Shape(ids.get(0), ids.get(1), config.hiddenSize())};
  }

  /** An initializer that hands out one pretrained tensor, checking its shape. */
  private record FixedValues(String name, WeightTensor tensor) implements Initializer {
    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
      if (!shape.equals(new Shape(tensor.shape()))) {
        throw new IllegalArgumentException(name + " has shape " + tensor.shapeText()
            + " but the encoder needs " + shape);
      }
      return manager.create(tensor.values(), shape).toType(dataType, false);
    }
  }
}
