package org.modelworkbench.ml.text.head;

import java.util.List;
import org.modelworkbench.ml.text.EmbeddingSink;

/** A loaded frozen encoder that turns texts into pooled vectors, in bounded batches. */
interface EncoderRuntime extends AutoCloseable {
  /** Width of the vectors. */
  int width();

  /**
   * Computes the vectors of texts; memory stays bounded by the batch, not the list.
   *
   * @param texts the texts (null counts as empty)
   * @param sink receives each vector once, in any order
   */
  void embed(List<String> texts, EmbeddingSink sink);

  @Override
  void close();
}
