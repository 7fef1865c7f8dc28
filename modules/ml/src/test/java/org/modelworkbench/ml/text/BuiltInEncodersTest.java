package org.modelworkbench.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.onnx.OnnxBertWeights;
import org.modelworkbench.ml.text.onnx.OnnxModelReader;

/**
 * The catalogue says what the jars hold: every built-in encoder's sizes equal those read from its
 * ONNX weights, its tokenizer loads from the jar with no network, and its source is named with
 * the version the build resolved.
 */
class BuiltInEncodersTest {

  static List<BuiltInEncoder> encoders() {
    return BuiltInEncoders.all();
  }

  @ParameterizedTest
  @MethodSource("encoders")
  void catalogueSizesAreThoseOfTheWeights(BuiltInEncoder encoder) throws Exception {
    BertWeights weights;
    try (InputStream in = encoder.openWeights()) {
      weights = OnnxBertWeights.from(OnnxModelReader.read(in, encoder.weightsResource()),
          encoder.weightsResource());
    }
    assertThat(weights.config()).isEqualTo(encoder.config());
    assertThat(encoder.coordinates()).matches("dev\\.langchain4j:" + encoder.artifactId()
        + ":1\\.\\d+\\.\\d+(-beta\\d+)?");
  }

  @ParameterizedTest
  @MethodSource("encoders")
  void tokenizerLoadsFromTheJarOfflineAndTruncates(BuiltInEncoder encoder) throws Exception {
    String text = encoder.language().equals("Chinese") ? "这个产品很好，送货也很快。"
        : "The delivery was quick and the product works well.";
    try (TextTokenizer tokenizer = TextTokenizer.of(encoder, 8);
        TextTokenizer full = TextTokenizer.of(encoder, 0)) {
      TokenizedText all = full.encode(text);
      assertThat(all.length()).isGreaterThan(8);
      String[] tokens = full.tokens(all.ids());
      assertThat(tokens[0]).isEqualTo("[CLS]");
      assertThat(tokens[tokens.length - 1]).isEqualTo("[SEP]");
      for (long id : all.ids()) {
        assertThat(id).isPositive().isLessThan(encoder.vocabularySize());
      }
      assertThat(all.ids()).as("no unknown tokens").doesNotContain(100L);

      TokenizedText cut = tokenizer.encode(text);
      assertThat(cut.length()).isEqualTo(8);
      assertThat(tokenizer.tokens(cut.ids())[7]).isEqualTo("[SEP]");
      // all-MiniLM-L6-v2's tokenizer.json pads to 128 by itself; that is switched off.
      assertThat(full.encode("ok").length()).isEqualTo(3);
    }
  }

  @Test
  void defaultIsBgeSmallEnglishWithClsPooling() {
    BuiltInEncoder d = BuiltInEncoders.defaultEncoder();
    assertThat(d.id()).isEqualTo("bge-small-en-v1.5");
    assertThat(d.pooling()).isEqualTo(org.modelworkbench.ml.text.bert.Pooling.CLS);
    assertThat(BuiltInEncoders.byId("ALL-MINILM-L6-V2")).contains(BuiltInEncoders.MINILM_L6);
    assertThat(BuiltInEncoders.MINILM_L6.description())
        .isEqualTo("BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English");
  }
}
