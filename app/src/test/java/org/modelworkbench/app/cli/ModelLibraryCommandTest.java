package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** import-model → models → evaluate --model → export-model → import again, on the real engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelLibraryCommandTest {
  private static final Path RESOURCES = Path.of("../modules/ml/src/test/resources");
  private static final Path MODEL = RESOURCES.resolve("models/digits_cnn.pt");
  private static final Path LABELS = RESOURCES.resolve("models/digits_labels.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  private CliRunner cli;

  private CliRunner cli() {
    if (cli == null) {
      cli = new CliRunner(work.resolve("project"));
    }
    return cli;
  }

  @Test
  @Order(1)
  void importsATorchScriptModelAndProbesIt() throws Exception {
    CliRunner.Result result = cli().run("import-model", MODEL.toString(), "--labels", LABELS.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("name").asText()).isEqualTo("digits_cnn");
    assertThat(doc.get("engine").asText()).isEqualTo("PyTorch");
    assertThat(doc.get("inputs").get("shape").toString()).isEqualTo("[1,8,8]");
    assertThat(doc.get("outputs").get("shape").toString()).isEqualTo("[10]");
    assertThat(doc.get("description").asText()).isEqualTo("input 1×8×8, output 10 classes");
    assertThat(doc.get("path").asText()).startsWith("models/" + doc.get("sha256").asText());
    assertThat(work.resolve("project/artifacts").resolve(doc.get("path").asText()).resolve("model.pt")).exists();

    CliRunner.Result text = cli().run("import-model", RESOURCES.resolve("models/digits_embedding.pt").toString(),
        "--name", "digits-embedding");
    assertThat(text.out()).contains("input 1×8×8, output 32 features");
  }

  @Test
  @Order(2)
  void listsModelsWithInputsOutputsAndLineage() throws Exception {
    CliRunner.Result result = cli().run("models", "--json");
    JsonNode models = JSON.readTree(result.out());
    assertThat(models).hasSize(2);
    JsonNode cnn = models.get(1);
    assertThat(cnn.get("labels")).hasSize(10);
    assertThat(cnn.get("lineage").get("baseModel").isNull()).isTrue();
    assertThat(cnn.get("lineage").get("runId").isNull()).isTrue();
  }

  @Test
  @Order(3)
  void evaluatesTheModelAsItIsOnAnImageDataset() throws Exception {
    assertThat(cli().run("import", RESOURCES.resolve("images/digits").toString(), "--name", "digits").exitCode())
        .isZero();
    CliRunner.Result result = cli().run("evaluate", "--model", "digits_cnn", "--dataset", "digits", "--target",
        "class", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("runId").isNull()).isTrue();
    assertThat(doc.get("split").asText()).isEqualTo("all");
    JsonNode metrics = doc.get("metrics");
    assertThat(metrics.get("count").asInt()).isEqualTo(100);
    assertThat(metrics.get("accuracy").asDouble()).isGreaterThan(0.9);
    assertThat(metrics.get("top_k_accuracy").asDouble()).isGreaterThanOrEqualTo(metrics.get("accuracy").asDouble());
    assertThat(metrics.get("confusion_matrix").get("labels")).hasSize(10);
  }

  @Test
  @Order(4)
  void refusesToEvaluateFeaturesThatAreNoClassesOfTheTarget() throws Exception {
    // Class folders with names, not 0…9: a model of 32 unnamed features predicts none of them.
    Path named = work.resolve("named");
    for (String cls : new String[] {"ok", "dent"}) {
      Path folder = Files.createDirectories(named.resolve(cls));
      try (var files = Files.list(RESOURCES.resolve("images/digits/" + (cls.equals("ok") ? "0" : "1")))) {
        for (Path file : files.limit(5).toList()) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
    }
    assertThat(cli().run("import", named.toString(), "--name", "named").exitCode()).isZero();
    CliRunner.Result result = cli().run("evaluate", "--model", "digits-embedding", "--dataset", "named",
        "--target", "class");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("Error: The model 'digits-embedding' gives 32 unnamed outputs")
        .contains("dent, ok").contains("Fine-tune it").doesNotContain("\n  ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  @Order(5)
  void finesTuneABackboneAtTheInputItWasImportedWith() throws Exception {
    CliRunner.Result imported = cli().run("import-model", RESOURCES.resolve("models/resnet18_like_backbone.pt")
        .toString(), "--name", "resnet18_backbone");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("input 3×224×224, output 512 features");
    CliRunner.Result trained = cli().run("train", "--dataset", "named", "--target", "class", "--base",
        "resnet18_backbone", "--epochs", "1", "--freeze-epochs", "1", "--json");
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    JsonNode models = JSON.readTree(cli().run("models", "--json").out());
    JsonNode tuned = null;
    for (JsonNode model : models) {
      if (model.get("name").asText().startsWith("named-run")) {
        tuned = model;
      }
    }
    assertThat(tuned).isNotNull();
    // The 8×8 digits are resized to the backbone's 224×224, not trained at their own small size.
    assertThat(tuned.get("inputs").get("shape").toString()).isEqualTo("[3,224,224]");
  }

  @Test
  @Order(6)
  void exportsTheModelAndItsLabelsAndTheExportImportsAgain() throws Exception {
    Path out = work.resolve("export");
    CliRunner.Result result = cli().run("export-model", "digits_cnn", "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(out.resolve("digits_cnn.pt")).hasSameBinaryContentAs(MODEL);
    assertThat(Files.readAllLines(out.resolve("labels.txt"))).hasSize(10).startsWith("0");

    CliRunner.Result again = cli().run("import-model", out.resolve("digits_cnn.pt").toString(), "--name", "copy");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already in the library as 'digits_cnn'");
  }

  @Test
  @Order(7)
  void refusesFilesThatAreNotModelsAndZipsThatEscape() throws Exception {
    Path csv = Files.writeString(work.resolve("loans.csv"), "a,b\n1,2\n");
    CliRunner.Result result = cli().run("import-model", csv.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("Error: loans.csv is not a model file");

    Path evil = work.resolve("model.zip");
    try (OutputStream os = Files.newOutputStream(evil); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("saved/saved_model.pb"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("../../outside.txt"));
      zip.write(1);
      zip.closeEntry();
    }
    CliRunner.Result escaped = cli().run("import-model", evil.toString());
    assertThat(escaped.exitCode()).isEqualTo(1);
    assertThat(escaped.err()).contains("model.zip");
    assertThat(work.resolve("outside.txt")).doesNotExist();
    assertThat(JSON.readTree(cli().run("models", "--json").out())).hasSize(4);
  }
}
