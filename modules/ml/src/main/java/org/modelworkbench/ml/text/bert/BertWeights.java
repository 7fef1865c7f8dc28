package org.modelworkbench.ml.text.bert;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * A BERT encoder's sizes and its weights under their Hugging Face names
 * ({@code embeddings.word_embeddings.weight}, {@code encoder.layer.0.attention.self.query.weight},
 * ...), with linear weights output-major as in PyTorch.
 *
 * @param config the sizes
 * @param tensors every weight {@link #expectedShapes(BertConfig)} names, and possibly others
 *     (such as a pooler) that the encoder does not use
 */
public record BertWeights(BertConfig config, Map<String, WeightTensor> tensors) {

  /**
   * Checks that every weight the config needs is there with its shape.
   *
   * @param config the sizes
   * @param tensors weights by Hugging Face name
   * @param source names the weights' file in the message
   * @return the weights
   * @throws IOException naming the first missing or mis-shaped weight
   */
  public static BertWeights checked(BertConfig config, Map<String, WeightTensor> tensors,
      String source) throws IOException {
    for (Map.Entry<String, long[]> e : expectedShapes(config).entrySet()) {
      WeightTensor t = tensors.get(e.getKey());
      if (t == null) {
        throw new IOException(source + " has no weight " + e.getKey() + ", which the config needs");
      }
      if (!Arrays.equals(t.shape(), e.getValue())) {
        throw new IOException(source + ": weight " + e.getKey() + " has shape " + t.shapeText()
            + " but the config needs " + Arrays.toString(e.getValue()));
      }
    }
    return new BertWeights(config, tensors);
  }

  /**
   * The weights an encoder of these sizes has, by Hugging Face name, in the order a model lists
   * them.
   *
   * @param c the sizes
   * @return name to shape
   */
  public static Map<String, long[]> expectedShapes(BertConfig c) {
    Map<String, long[]> m = new LinkedHashMap<>();
    BertEmbeddings.shapes(c).forEach((k, v) -> m.put(BertEncoderBlock.EMBEDDINGS + k, v));
    for (int i = 0; i < c.layers(); i++) {
      String prefix = BertEncoderBlock.layerPrefix(i);
      BertLayer.shapes(c).forEach((k, v) -> m.put(prefix + k, v));
    }
    return m;
  }
}
