package org.modelworkbench.ml.text.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BERT's input layer: word, position and token-type embeddings summed, then LayerNorm and
 * dropout. Parameter names are the Hugging Face names below {@code embeddings.}.
 */
final class BertEmbeddings extends AbstractBlock {
  private final BertConfig config;
  private final Parameter words;
  private final Parameter positions;
  private final Parameter types;
  private final Parameter gamma;
  private final Parameter beta;

  BertEmbeddings(BertConfig config) {
    this.config = config;
    Map<String, long[]> shapes = shapes(config);
    words = addParameter(BertParameters.weight("word_embeddings.weight", shapes));
    positions = addParameter(BertParameters.weight("position_embeddings.weight", shapes));
    types = addParameter(BertParameters.weight("token_type_embeddings.weight", shapes));
    gamma = addParameter(BertParameters.gamma("LayerNorm.weight", shapes));
    beta = addParameter(BertParameters.beta("LayerNorm.bias", shapes));
  }

  static Map<String, long[]> shapes(BertConfig c) {
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("word_embeddings.weight", new long[] {c.vocabSize(), c.hiddenSize()});
    m.put("position_embeddings.weight", new long[] {c.maxPositions(), c.hiddenSize()});
    m.put("token_type_embeddings.weight", new long[] {c.typeVocabSize(), c.hiddenSize()});
    m.put("LayerNorm.weight", new long[] {c.hiddenSize()});
    m.put("LayerNorm.bias", new long[] {c.hiddenSize()});
    return m;
  }

  /** Inputs: token ids and token-type ids, both int64 {@code [batch, length]}. */
  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray ids = inputs.get(0);
    NDArray typeIds = inputs.get(1);
    long length = ids.getShape().get(1);
    NDArray x = Embedding.embedding(ids, store.getValue(words, ids.getDevice(), training),
        SparseFormat.DENSE).singletonOrThrow();
    x = x.add(Embedding.embedding(typeIds, store.getValue(types, ids.getDevice(), training),
        SparseFormat.DENSE).singletonOrThrow());
    // Positions 0..length-1 for every row, broadcast over the batch. The ids are made in the
    // input's manager, so the looked-up rows are freed with the batch (a slice of the table would
    // belong to the parameters' manager and live as long as the model).
    NDArray positionIds = ids.getManager().arange(0, (int) length, 1, DataType.INT64);
    x = x.add(Embedding.embedding(positionIds,
        store.getValue(positions, ids.getDevice(), training), SparseFormat.DENSE)
        .singletonOrThrow());
    x = LayerNorm.layerNorm(x, new Shape(config.hiddenSize()),
        store.getValue(gamma, ids.getDevice(), training),
        store.getValue(beta, ids.getDevice(), training), config.layerNormEps()).singletonOrThrow();
    return Dropout.dropout(x, config.hiddenDropout(), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape ids = inputShapes[0];
    return new Shape[] {new Shape(ids.get(0), ids.get(1), config.hiddenSize())};
  }
}
