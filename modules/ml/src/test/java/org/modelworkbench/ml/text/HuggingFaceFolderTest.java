package org.modelworkbench.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Loading a Hugging Face BERT folder: a small random model written by the test, a real encoder
 * exported and loaded back, and the folders that must be refused with one plain sentence.
 */
class HuggingFaceFolderTest {
  @TempDir Path dir;

  @Test
  void loadsASmallRandomBertWithItsOwnWeightsAndTokenizer() throws Exception {
    Path folder = TinyBertFolder.write(dir.resolve("tiny"), 7);
    Files.createDirectories(folder.resolve("1_Pooling"));
    Files.writeString(folder.resolve("1_Pooling/config.json"),
        "{\"pooling_mode_cls_token\": false, \"pooling_mode_mean_tokens\": true}");
    Map<String, WeightTensor> written = TinyBertFolder.weights(7);
    try (NDManager manager = EngineSetup.engine().newBaseManager();
        TextEncoder encoder = TextEncoder.load(folder, null, 32, manager)) {
      assertThat(encoder.config()).isEqualTo(TinyBertFolder.CONFIG);
      assertThat(encoder.block().pooling()).isEqualTo(Pooling.MEAN);
      encoder.block().currentWeights().forEach((name, t) ->
          assertThat(t).as(name).isEqualTo(written.get("bert." + name)));

      TokenizedText tokens = encoder.tokenizer().encode("The products broke after one day!");
      assertThat(encoder.tokenizer().tokens(tokens.ids())).containsExactly("[CLS]", "the",
          "product", "##s", "broke", "after", "one", "day", "!", "[SEP]");

      List<String> texts = List.of("great product", "it broke after one day , very bad", "a");
      float[][] together = new TextEmbedder(encoder, 8).embed(texts);
      for (int i = 0; i < texts.size(); i++) {
        float[] alone = new TextEmbedder(encoder, 1).embed(List.of(texts.get(i)))[0];
        assertThat(together[i]).hasSize(32);
        assertThat(RebuiltEncoderMatchesOnnxRuntimeTest.maxDifference(together[i], alone))
            .as("padding does not change text %d", i).isLessThan(1e-5);
      }
    }
  }

  @Test
  void anExportedBuiltInEncoderLoadsBackWithIdenticalEmbeddings() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("minilm"));
    List<String> texts = TextSamples.sentences();
    try (NDManager manager = EngineSetup.engine().newBaseManager();
        TextEncoder original = TextEncoder.load(BuiltInEncoders.MINILM_L6, 128, manager)) {
      SafetensorsWriter.write(folder.resolve("model.safetensors"),
          original.block().currentWeights(), Map.of("format", "pt"));
      Files.writeString(folder.resolve("config.json"),
          original.config().toConfigJson().toPrettyString());
      try (InputStream in = BuiltInEncoders.MINILM_L6.openTokenizer()) {
        Files.copy(in, folder.resolve("tokenizer.json"));
      }
      float[][] before = new TextEmbedder(original, 32).embed(texts);
      try (TextEncoder loaded = TextEncoder.load(folder, Pooling.MEAN, 128, manager)) {
        float[][] after = new TextEmbedder(loaded, 32).embed(texts);
        for (int i = 0; i < texts.size(); i++) {
          assertThat(after[i]).as("text %d", i).containsExactly(before[i]);
        }
      }
    }
  }

  @Test
  void refusesFoldersItCannotLoadWithOnePlainSentence() throws Exception {
    Path good = TinyBertFolder.write(dir.resolve("good"), 1);

    Path noTokenizer = TinyBertFolder.write(dir.resolve("no-tokenizer"), 1);
    Files.delete(noTokenizer.resolve("tokenizer.json"));
    assertRefused(noTokenizer, "There is no tokenizer file tokenizer.json");

    Path pickle = TinyBertFolder.write(dir.resolve("pickle"), 1);
    Files.move(pickle.resolve("model.safetensors"), pickle.resolve("pytorch_model.bin"));
    assertRefused(pickle, "holds pytorch_model.bin, a Python pickle that is unsafe to load");

    Path noConfig = TinyBertFolder.write(dir.resolve("no-config"), 1);
    Files.delete(noConfig.resolve("config.json"));
    assertRefused(noConfig, "no-config has no config.json");

    Path gpt = TinyBertFolder.write(dir.resolve("gpt"), 1);
    Files.writeString(gpt.resolve("config.json"),
        Files.readString(good.resolve("config.json")).replace("\"bert\"", "\"gpt2\""));
    assertRefused(gpt, "config.json names model type \"gpt2\"");

    Path wider = TinyBertFolder.write(dir.resolve("wider"), 1);
    Files.writeString(wider.resolve("config.json"), Files.readString(good.resolve("config.json"))
        .replace("\"intermediate_size\" : 64", "\"intermediate_size\" : 128"));
    assertRefused(wider, "model.safetensors: weight encoder.layer.0.intermediate.dense.weight "
        + "has shape [64, 32] but the config needs [128, 32]");

    Path damaged = TinyBertFolder.write(dir.resolve("damaged"), 1);
    byte[] bytes = Files.readAllBytes(damaged.resolve("model.safetensors"));
    // Cut inside the tensor bytes, 100 bytes after the header.
    int header = 8 + (int) java.nio.ByteBuffer.wrap(bytes, 0, 8)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    Files.write(damaged.resolve("model.safetensors"), Arrays.copyOf(bytes, header + 100));
    assertRefused(damaged, "model.safetensors: tensor");
    Files.write(damaged.resolve("model.safetensors"), Arrays.copyOf(bytes, 100));
    assertRefused(damaged, "model.safetensors is not a safetensors file (header length");
  }

  private static void assertRefused(Path folder, String message) {
    assertThatThrownBy(() -> {
      try (NDManager manager = EngineSetup.engine().newBaseManager();
          TextEncoder e = TextEncoder.load(folder, null, 32, manager)) {
        throw new AssertionError("loaded " + e.name());
      }
    }).isInstanceOf(IOException.class).hasMessageContaining(message);
  }
}
