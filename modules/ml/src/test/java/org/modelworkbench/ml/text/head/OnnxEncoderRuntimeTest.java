package org.modelworkbench.ml.text.head;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.BuiltInEncoders;

/**
 * The head route's ONNX Runtime encoder gives the rebuilt PyTorch encoder's vectors within 1e-5,
 * for texts of mixed lengths batched together, one of them truncated at the token limit, so
 * either can fill the cache for the other.
 */
class OnnxEncoderRuntimeTest {
  @ParameterizedTest
  @ValueSource(strings = {"all-minilm-l6-v2", "bge-small-en-v1.5"})
  void vectorsEqualThePyTorchEncoders(String id) throws Exception {
    BuiltInEncoder e = BuiltInEncoders.byId(id).orElseThrow();
    List<String> texts = new ArrayList<>(ToyTexts.make(40, 11).texts());
    texts.add("the blender worked well for a week, ".repeat(30));
    texts.add("");
    EncoderReference ref = EncoderReference.builtIn(e);
    assertThat(EncoderRuntimes.open(ref)).isInstanceOf(OnnxEncoderRuntime.class).satisfies(EncoderRuntime::close);
    try (EncoderRuntime ort = OnnxEncoderRuntime.open(e, e.pooling(), ref.maxTokens(), 1);
        EncoderRuntime torch = PyTorchEncoderRuntime.open(ref)) {
      float[][] a = new float[texts.size()][];
      float[][] b = new float[texts.size()][];
      ort.embed(texts, (i, v) -> a[i] = v);
      torch.embed(texts, (i, v) -> b[i] = v);
      double max = 0;
      for (int i = 0; i < texts.size(); i++) {
        assertThat(a[i]).hasSize(e.width());
        for (int c = 0; c < a[i].length; c++) {
          max = Math.max(max, Math.abs(a[i][c] - b[i][c]));
        }
      }
      assertThat(max).isLessThan(1e-5);
    }
  }
}
