package org.modelworkbench.ml.text;

/** Receives text vectors as {@link TextEmbedder} computes them, in no particular order. */
@FunctionalInterface
public interface EmbeddingSink {
  /**
   * One text's vector.
   *
   * @param index the text's position in the input list
   * @param vector its pooled vector
   */
  void accept(int index, float[] vector);
}
