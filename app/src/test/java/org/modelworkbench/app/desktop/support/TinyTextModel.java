package org.modelworkbench.app.desktop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;

/** Writes a random 2-layer, 16-wide BERT as a Hugging Face folder with a vocab.txt (a few kilobytes, made here). */
public final class TinyTextModel {
  /** The vocabulary, special tokens first. */
  public static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "good", "bad",
      "product", "the", "it", "works");

  private TinyTextModel() {}

  /**
   * Writes the folder.
   *
   * @param folder where
   * @return the folder
   * @throws IOException if it cannot be written
   */
  public static Path write(Path folder) throws IOException {
    BertConfig config = new BertConfig(VOCAB.size(), 16, 2, 2, 32, 24, 2, 1e-12f, 0.1f, 0.1f);
    Random random = new Random(7);
    Map<String, WeightTensor> tensors = new LinkedHashMap<>();
    BertWeights.expectedShapes(config).forEach((name, shape) -> {
      float[] v = new float[(int) WeightTensor.size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = 0.1f * (float) random.nextGaussian();
      }
      tensors.put(name, new WeightTensor(shape, v));
    });
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), config.toConfigJson().toPrettyString());
    SafetensorsWriter.write(folder.resolve("model.safetensors"), tensors, Map.of());
    Files.write(folder.resolve("vocab.txt"), VOCAB);
    return folder;
  }
}
