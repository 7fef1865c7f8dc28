package org.modelworkbench.ml.text.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.modelworkbench.ml.text.bert.BertEncoderBlock;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Hugging Face's {@code BertForSequenceClassification} as a DJL block: the encoder's last-layer
 * vector of the first token ({@code [CLS]}), the pooler (dense layer and tanh), dropout, and a
 * linear classifier to one logit per class. Computed as the Python class computes it, so the
 * exported weights give the same probabilities there.
 *
 * <p>The encoder's own pooling setting is not used: this head always reads the {@code [CLS]}
 * token, as the Python class does.
 *
 * <p>Inputs: ids, attention mask and token-type ids, int64 {@code [batch, length]}. Output: logits
 * {@code [batch, classes]}.
 */
public final class SequenceClassifierBlock extends AbstractBlock {
  /** Prefix of the encoder's weights in a sequence-classification checkpoint. */
  public static final String ENCODER_PREFIX = "bert.";
  /** Names of the head's weights in the checkpoint, after the encoder's. */
  public static final String POOLER_WEIGHT = "bert.pooler.dense.weight";
  /** See {@link #POOLER_WEIGHT}. */
  public static final String POOLER_BIAS = "bert.pooler.dense.bias";
  /** See {@link #POOLER_WEIGHT}. */
  public static final String CLASSIFIER_WEIGHT = "classifier.weight";
  /** See {@link #POOLER_WEIGHT}. */
  public static final String CLASSIFIER_BIAS = "classifier.bias";
  /** BERT's {@code initializer_range}: new head weights are normal with this deviation. */
  static final float INIT_STD = 0.02f;
  private static final byte VERSION = 1;

  private final BertEncoderBlock encoder;
  private final int classes;
  private final float dropout;
  private final Parameter poolerWeight;
  private final Parameter poolerBias;
  private final Parameter classifierWeight;
  private final Parameter classifierBias;

  /**
   * A classifier around an initialised encoder; {@link #initializeHead} gives the head values.
   *
   * @param encoder the encoder, its parameters already initialised
   * @param classes number of classes, at least 2
   * @param dropout dropout rate on the pooled vector in training
   */
  public SequenceClassifierBlock(BertEncoderBlock encoder, int classes, float dropout) {
    super(VERSION);
    if (classes < 2) {
      throw new IllegalArgumentException("a classifier needs at least 2 classes");
    }
    this.encoder = addChildBlock("bert", encoder);
    this.classes = classes;
    this.dropout = dropout;
    long h = encoder.config().hiddenSize();
    poolerWeight = addParameter(parameter("pooler_weight", Parameter.Type.WEIGHT, h, h));
    poolerBias = addParameter(parameter("pooler_bias", Parameter.Type.BIAS, h));
    classifierWeight = addParameter(parameter("classifier_weight", Parameter.Type.WEIGHT,
        classes, h));
    classifierBias = addParameter(parameter("classifier_bias", Parameter.Type.BIAS, classes));
  }

  private static Parameter parameter(String name, Parameter.Type type, long... shape) {
    return Parameter.builder().setName(name).setType(type).optShape(new Shape(shape)).build();
  }

  /**
   * Gives the pooler and classifier their values: the given ones where present, else BERT's
   * initialisation (normal with deviation {@value #INIT_STD} drawn from {@code seed}, zero bias).
   *
   * @param values head weights by checkpoint name ({@link #POOLER_WEIGHT}, ...); may lack some
   * @param seed seeds the random values
   * @param manager owns the arrays (the encoder's manager)
   */
  public void initializeHead(Map<String, WeightTensor> values, long seed, NDManager manager) {
    Random random = new Random(seed);
    Map<String, Parameter> head = head();
    head.forEach((name, p) -> {
      WeightTensor given = values.get(name);
      p.setInitializer(given != null ? fixed(name, given) : random(p.getType(), random));
      p.initialize(manager, DataType.FLOAT32);
    });
  }

  private static Initializer fixed(String name, WeightTensor t) {
    return (manager, shape, type) -> {
      if (!shape.equals(new Shape(t.shape()))) {
        throw new IllegalArgumentException(name + " has shape " + t.shapeText()
            + " but the model needs " + shape);
      }
      return manager.create(t.values(), shape);
    };
  }

  private static Initializer random(Parameter.Type type, Random random) {
    return (manager, shape, dataType) -> {
      float[] v = new float[Math.toIntExact(shape.size())];
      if (type == Parameter.Type.WEIGHT) {
        for (int i = 0; i < v.length; i++) {
          v[i] = (float) (random.nextGaussian() * INIT_STD);
        }
      }
      return manager.create(v, shape);
    };
  }

  private Map<String, Parameter> head() {
    Map<String, Parameter> m = new LinkedHashMap<>();
    m.put(POOLER_WEIGHT, poolerWeight);
    m.put(POOLER_BIAS, poolerBias);
    m.put(CLASSIFIER_WEIGHT, classifierWeight);
    m.put(CLASSIFIER_BIAS, classifierBias);
    return m;
  }

  /** The encoder. */
  public BertEncoderBlock encoder() {
    return encoder;
  }

  /** Number of classes. */
  public int classes() {
    return classes;
  }

  /**
   * Every parameter under its name in a Hugging Face sequence-classification checkpoint
   * ({@code bert.embeddings...}, {@code bert.encoder.layer.N...}, {@code bert.pooler.dense.*},
   * {@code classifier.*}), in checkpoint order.
   *
   * @return name to parameter
   */
  public Map<String, Parameter> namedParameters() {
    Map<String, Parameter> m = new LinkedHashMap<>();
    encoder.namedParameters().forEach((name, p) -> m.put(ENCODER_PREFIX + name, p));
    m.putAll(head());
    return m;
  }

  /**
   * Every parameter's shape under its checkpoint name, in checkpoint order.
   *
   * @return name to shape
   */
  public Map<String, long[]> shapes() {
    Map<String, long[]> m = new LinkedHashMap<>();
    namedParameters().forEach((name, p) -> m.put(name, p.getArray().getShape().getShape()));
    return m;
  }

  /**
   * The current values of one parameter, copied out of the engine.
   *
   * @param name its checkpoint name
   * @return its values, row-major
   */
  public float[] values(String name) {
    Parameter p = namedParameters().get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + name);
    }
    return p.getArray().toFloatArray();
  }

  /**
   * The current values of every parameter under its checkpoint name (all copied at once; see
   * {@link #values} to copy one at a time).
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

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray hidden = encoder.forward(store, inputs, training, params).get(1);
    NDArray first = hidden.get(new NDIndex(":, 0, :"));
    var device = first.getDevice();
    NDArray pooled = Linear.linear(first, store.getValue(poolerWeight, device, training),
        store.getValue(poolerBias, device, training)).singletonOrThrow().tanh();
    NDArray dropped = Dropout.dropout(pooled, dropout, training).singletonOrThrow();
    return Linear.linear(dropped, store.getValue(classifierWeight, device, training),
        store.getValue(classifierBias, device, training));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType,
      Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
  }
}
