package org.modelworkbench.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelworkbench.ml.engine.EngineSetup;

/**
 * The encoder rebuilt from a built-in model's ONNX weights gives the same numbers as ONNX Runtime
 * running that ONNX file: token vectors and pooled vectors within 1e-5, for texts batched and
 * padded together (so the attention mask and the pooling's handling of padding are checked too).
 */
class RebuiltEncoderMatchesOnnxRuntimeTest {

  @ParameterizedTest
  @ValueSource(strings = {"all-minilm-l6-v2", "bge-small-en-v1.5"})
  void embeddingsEqualOnnxRuntimes(String id) throws Exception {
    BuiltInEncoder builtIn = BuiltInEncoders.byId(id).orElseThrow();
    List<String> texts = TextSamples.sentences();
    try (NDManager manager = EngineSetup.engine().newBaseManager();
        TextEncoder encoder = TextEncoder.load(builtIn, 128, manager);
        OnnxRuntimeReference reference = OnnxRuntimeReference.load(builtIn, 1)) {
      List<TokenizedText> tokens = encoder.tokenizer().encode(texts);
      assertThat(tokens.get(4).length()).as("the long text is truncated").isEqualTo(128);

      // Each text alone through ONNX Runtime, unpadded ...
      float[][] expected = new float[texts.size()][];
      for (int i = 0; i < texts.size(); i++) {
        TokenBatch one = TokenBatch.pad(List.of(tokens.get(i)), tokens.get(i).length());
        expected[i] = reference.pooled(one)[0];
      }
      // ... and all together, padded to one bucket, through the rebuilt encoder.
      float[][] actual = new TextEmbedder(encoder, 32).embed(texts);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(maxDifference(actual[i], expected[i])).as("text %d", i).isLessThan(1e-5);
        assertThat(cosine(actual[i], expected[i])).isGreaterThan(0.999999);
      }

      // Token vectors of the whole padded batch at the real tokens. (Padding positions are left
      // out: nothing reads them, and their values drift by up to 3e-4 between the two engines.)
      TokenBatch batch = TokenBatch.bucketed(tokens, 128);
      float[] reference3d = reference.hidden(batch);
      try (NDManager scope = manager.newSubManager()) {
        float[] actual3d = encoder.block().forward(new ParameterStore(scope, false),
            batch.toNDList(scope), false).get(1).toFloatArray();
        int width = encoder.width();
        double max = 0;
        for (int token = 0; token < batch.rows() * batch.length(); token++) {
          for (int c = 0; batch.mask()[token] == 1 && c < width; c++) {
            max = Math.max(max, Math.abs(actual3d[token * width + c]
                - reference3d[token * width + c]));
          }
        }
        assertThat(max).isLessThan(1e-5);
      }
    }
  }

  static double maxDifference(float[] a, float[] b) {
    assertThat(a).hasSameSizeAs(b);
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
