package org.modelworkbench.ml.text.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text classifier to fine-tune: an encoder, dropout on its pooled vector, and a linear layer
 * to one score (logit) per class. Inputs are the encoder's; the output is {@code [batch, classes]}.
 *
 * <p>{@link #namedParameters()} names the head {@code classifier.weight} and
 * {@code classifier.bias}, as a Hugging Face sequence-classification model does.
 */
public final class BertClassifierBlock extends AbstractBlock {
  private static final byte VERSION = 1;
  private final BertEncoderBlock encoder;
  private final Linear classifier;
  private final float dropout;

  /**
   * A classifier around an encoder; the head starts random when the block is initialised.
   *
   * @param encoder the encoder, usually with pretrained weights
   * @param classes number of classes
   * @param dropout dropout rate on the pooled vector in training (BERT uses 0.1)
   */
  public BertClassifierBlock(BertEncoderBlock encoder, int classes, float dropout) {
    super(VERSION);
    this.encoder = addChildBlock("encoder", encoder);
    this.classifier = addChildBlock("classifier", Linear.builder().setUnits(classes).build());
    this.dropout = dropout;
  }

  /** The encoder. */
  public BertEncoderBlock encoder() {
    return encoder;
  }

  /** The linear head. */
  public Linear classifier() {
    return classifier;
  }

  /**
   * The encoder's parameters under Hugging Face names, then the head's.
   *
   * @return name to parameter
   */
  public Map<String, Parameter> namedParameters() {
    Map<String, Parameter> m = new LinkedHashMap<>(encoder.namedParameters());
    classifier.getDirectParameters().forEach(p -> m.put("classifier." + p.getKey(), p.getValue()));
    return m;
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray pooled = encoder.forward(store, inputs, training, params).get(0);
    NDArray dropped = Dropout.dropout(pooled, dropout, training).singletonOrThrow();
    return classifier.forward(store, new NDList(dropped), training, params);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType,
      Shape... inputShapes) {
    encoder.initialize(manager, dataType, inputShapes);
    classifier.initialize(manager, dataType,
        new Shape(inputShapes[0].get(0), encoder.config().hiddenSize()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return classifier.getOutputShapes(
        new Shape[] {new Shape(inputShapes[0].get(0), encoder.config().hiddenSize())});
  }
}
