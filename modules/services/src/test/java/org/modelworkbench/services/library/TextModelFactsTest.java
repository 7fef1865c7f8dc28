package org.modelworkbench.services.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.bert.Pooling;

/** The facts file round trip and the model card's language, without an engine. */
class TextModelFactsTest {
  @TempDir
  Path dir;

  @Test
  void factsSurviveTheirFile() throws Exception {
    TextModelFacts facts = new TextModelFacts("onnx", "xlm-roberta", 12, 768, 12, 250002, 512, Pooling.MEAN,
        "multilingual (94 languages)", List.of("no", "yes"), 278_000_000L, 1_112_000_000L, null, "/data/xlmr", true,
        null);
    facts.write(dir);
    assertThat(TextModelFacts.read(dir)).isEqualTo(facts);
    assertThat(TextModelFacts.isTextModel(dir)).isTrue();
    assertThat(facts.description()).isEqualTo("XLM-R (BERT-family) encoder, 12 layers, 768 wide, max 512 tokens, "
        + "multilingual (94 languages), head with 2 classes");
    assertThat(facts.size()).isEqualTo("278.0M parameters, 1112 MB");
  }

  @Test
  void theLanguageComesFromTheModelCardsFrontMatter() throws Exception {
    Path inline = Files.createDirectories(dir.resolve("inline"));
    Files.writeString(inline.resolve("README.md"), "---\nlicense: mit\nlanguage: zh\n---\n# text\nlanguage: en\n");
    Path list = Files.createDirectories(dir.resolve("list"));
    Files.writeString(list.resolve("README.md"), "---\nlanguage:\n  - en\n  - de\ntags:\n- x\n---\n");
    Path none = Files.createDirectories(dir.resolve("none"));
    Files.writeString(none.resolve("README.md"), "# A model\nlanguage: en\n");

    assertThat(ModelCardLanguage.of(inline)).isEqualTo("Chinese");
    assertThat(ModelCardLanguage.of(list)).isEqualTo("multilingual (2 languages)");
    assertThat(ModelCardLanguage.of(none)).isNull();
    assertThat(ModelCardLanguage.of(dir)).isNull();
  }
}
