package org.modelworkbench.ml.text.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

/**
 * How one vector is made of a text's token vectors. Each model was trained with one, and using
 * another loses accuracy: bge models use {@link #CLS}, sentence-transformers models such as
 * all-MiniLM-L6-v2 use {@link #MEAN}.
 */
public enum Pooling {
  /** The first token's vector ({@code [CLS]}). */
  CLS,
  /** The average of the vectors of the real tokens, padding left out. */
  MEAN;

  /**
   * Pools token vectors.
   *
   * @param hidden token vectors {@code [batch, length, width]}
   * @param mask 1 for real tokens and 0 for padding, {@code [batch, length]}
   * @return one vector per text, {@code [batch, width]}
   */
  public NDArray apply(NDArray hidden, NDArray mask) {
    if (this == CLS) {
      return hidden.get(new NDIndex(":, 0, :"));
    }
    NDArray m = mask.toType(DataType.FLOAT32, false).expandDims(2);
    NDArray sum = hidden.mul(m).sum(new int[] {1});
    // A text has at least its [CLS] token; the floor only guards against an all-padding row.
    NDArray count = m.sum(new int[] {1}).maximum(1e-9f);
    return sum.div(count);
  }
}
