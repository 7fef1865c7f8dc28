package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The whole journey on the command line, on a real project folder with the real engine:
 * import, train, evaluate, predict, report, then reopen the project and find everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineEndToEndTest {
  private static final Path PENGUINS = Path.of("../resources/samples/penguins.csv");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  private CliRunner cli;
  private long runId;

  @BeforeAll
  void openProject() {
    cli = new CliRunner(work.resolve("project"));
  }

  @Test
  @Order(1)
  void importsACsvAndReportsItsColumns() throws Exception {
    CliRunner.Result result = cli.run("import", PENGUINS.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("name").asText()).isEqualTo("penguins");
    assertThat(doc.get("rows").asLong()).isEqualTo(344);
    assertThat(doc.get("rejected").asInt()).isZero();
    assertThat(doc.get("columns")).hasSize(8);
    assertThat(doc.get("columns").get(0).get("name").asText()).isEqualTo("species");
    assertThat(doc.get("columns").get(0).get("type").asText()).isEqualTo("categorical");
    assertThat(doc.get("columns").get(2).get("type").asText()).isEqualTo("decimal");

    CliRunner.Result again = cli.run("import", PENGUINS.toString(), "--json");
    assertThat(again.exitCode()).isZero();
    assertThat(JSON.readTree(again.out()).get("unchanged").asBoolean()).isTrue();
  }

  @Test
  @Order(2)
  void trainsAClassifierWithProgressAndTestMetrics() throws Exception {
    CliRunner.Result result = cli.run("train", "--dataset", "penguins", "--target", "species",
        "--epochs", "30", "--seed", "7", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("epoch 1/30").contains("rows/s");
    JsonNode doc = JSON.readTree(result.out());
    runId = doc.get("runId").asLong();
    assertThat(doc.get("status").asText()).isEqualTo("completed");
    assertThat(doc.get("task").asText()).isEqualTo("classification");
    JsonNode metrics = doc.get("metrics");
    assertThat(metrics.get("accuracy").asDouble()).isGreaterThan(0.9);
    assertThat(metrics.get("macro_f1").asDouble()).isGreaterThan(0.85);
    assertThat(metrics.get("roc_auc").asDouble()).isGreaterThan(0.9);
    assertThat(metrics.get("log_loss").asDouble()).isPositive();
    assertThat(metrics.get("confusion_matrix").get("labels")).hasSize(3);
    assertThat(doc.get("device").get("name").asText()).isNotBlank();
  }

  @Test
  @Order(3)
  void sameSeedGivesTheSameMetrics() throws Exception {
    CliRunner.Result again = cli.run("train", "--dataset", "penguins", "--target", "species",
        "--epochs", "30", "--seed", "7", "--json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    JsonNode first = JSON.readTree(cli.run("evaluate", "--run", Long.toString(runId), "--json").out());
    JsonNode second = JSON.readTree(again.out());
    assertThat(second.get("metrics").get("accuracy").asDouble())
        .isEqualTo(first.get("metrics").get("accuracy").asDouble());
    assertThat(second.get("metrics").get("log_loss").asDouble())
        .isEqualTo(first.get("metrics").get("log_loss").asDouble());
  }

  @Test
  @Order(4)
  void evaluatesOnTheTestSplitAndOnAnotherDataset(@TempDir Path files) throws Exception {
    CliRunner.Result test = cli.run("evaluate", "--run", Long.toString(runId), "--json");
    assertThat(test.exitCode()).as(test.err()).isZero();
    assertThat(JSON.readTree(test.out()).get("split").asText()).isEqualTo("test");

    Path subset = files.resolve("penguins_more.csv");
    List<String> lines = Files.readAllLines(PENGUINS);
    Files.write(subset, lines.subList(0, 120));
    assertThat(cli.run("import", subset.toString(), "--name", "penguins_more").exitCode()).isZero();
    CliRunner.Result other = cli.run("evaluate", "--run", Long.toString(runId), "--dataset", "penguins_more", "--json");
    assertThat(other.exitCode()).as(other.err()).isZero();
    JsonNode doc = JSON.readTree(other.out());
    assertThat(doc.get("split").asText()).isEqualTo("all");
    assertThat(doc.get("metrics").get("count").asLong()).isEqualTo(119);
  }

  @Test
  @Order(5)
  void predictsAFileWithProbabilities(@TempDir Path files) throws Exception {
    Path input = files.resolve("new_penguins.csv");
    List<String> lines = Files.readAllLines(PENGUINS);
    Files.write(input, List.of(lines.get(0), lines.get(1), lines.get(200), lines.get(300)));
    Path out = files.resolve("scored.csv");
    CliRunner.Result result = cli.run("predict", "--run", Long.toString(runId), "--input", input.toString(),
        "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> written = Files.readAllLines(out);
    assertThat(written).hasSize(4);
    assertThat(written.get(0)).contains("prediction").contains("probability_Adelie")
        .contains("probability_Chinstrap").contains("probability_Gentoo");
    assertThat(written.get(1)).contains("Adelie");
  }

  @Test
  @Order(6)
  void writesHtmlAndPdfReports(@TempDir Path files) throws Exception {
    Path html = files.resolve("report.html");
    Path pdf = files.resolve("report.pdf");
    assertThat(cli.run("report", "--run", Long.toString(runId), "--format", "html", "--out", html.toString())
        .exitCode()).isZero();
    assertThat(cli.run("report", "--run", Long.toString(runId), "--format", "pdf", "--out", pdf.toString())
        .exitCode()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("penguins").contains("Adelie").contains("data:image/png;base64");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      assertThat(new PDFTextStripper().getText(doc)).contains("penguins").contains("Gentoo");
    }
  }

  @Test
  @Order(7)
  void reopenedProjectListsEverything() throws Exception {
    JsonNode datasets = JSON.readTree(cli.run("datasets", "--json").out());
    assertThat(datasets).hasSize(2);
    JsonNode runs = JSON.readTree(cli.run("runs", "--json").out());
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).get("runId").asLong()).isEqualTo(runId);
    assertThat(runs.get(1).get("metrics").get("accuracy").asDouble()).isGreaterThan(0.9);
    JsonNode models = JSON.readTree(cli.run("models", "--json").out());
    assertThat(models).hasSize(2);
    // Every trained model records what it takes and gives: 7 feature columns in, 3 species out.
    for (JsonNode model : models) {
      assertThat(model.get("inputs").get("kind").asText()).isEqualTo("tabular");
      assertThat(model.get("inputs").get("shape").toString()).isEqualTo("[7]");
      assertThat(model.get("outputs").get("shape").toString()).isEqualTo("[3]");
      assertThat(model.get("labels")).hasSize(3);
      assertThat(model.get("description").asText()).startsWith("input 7 columns (island, ").endsWith("output 3 "
          + "classes of species");
    }
    assertThat(cli.run("models").out()).contains("input 7 columns (island, ");
  }

  @Test
  @Order(8)
  void badInputGivesOneLineAndANonZeroExit(@TempDir Path files) throws Exception {
    Path empty = Files.createFile(files.resolve("empty.csv"));
    CliRunner.Result emptyFile = cli.run("import", empty.toString());
    assertThat(emptyFile.exitCode()).isEqualTo(1);
    assertThat(emptyFile.err().strip()).startsWith("Error: ").contains("empty.csv").doesNotContain("\n");

    CliRunner.Result missing = cli.run("import", files.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.csv");

    CliRunner.Result unknownDataset = cli.run("train", "--dataset", "nothing", "--target", "x");
    assertThat(unknownDataset.exitCode()).isEqualTo(1);
    assertThat(unknownDataset.err()).contains("nothing");

    CliRunner.Result unknownColumn = cli.run("train", "--dataset", "penguins", "--target", "colour");
    assertThat(unknownColumn.exitCode()).isEqualTo(1);
    assertThat(unknownColumn.err()).contains("colour");

    CliRunner.Result regressionOnText = cli.run("train", "--dataset", "penguins", "--target", "island",
        "--task", "regression");
    assertThat(regressionOnText.exitCode()).isEqualTo(1);
    assertThat(regressionOnText.err()).contains("island").contains("not numeric");

    CliRunner.Result unknownRun = cli.run("evaluate", "--run", "999");
    assertThat(unknownRun.exitCode()).isEqualTo(1);
    assertThat(unknownRun.err()).contains("999");

    Path ragged = files.resolve("ragged.csv");
    Files.writeString(ragged, "a,b,c\n1,2,3\n4,5\n6,7,8\n");
    CliRunner.Result raggedImport = cli.run("import", ragged.toString());
    assertThat(raggedImport.exitCode()).isEqualTo(1);
    assertThat(raggedImport.err()).contains("ragged.csv").contains("line 3");
    CliRunner.Result skipped = cli.run("import", ragged.toString(), "--skip-bad-rows", "--json");
    assertThat(skipped.exitCode()).as(skipped.err()).isZero();
    JsonNode doc = JSON.readTree(skipped.out());
    assertThat(doc.get("rows").asLong()).isEqualTo(2);
    assertThat(doc.get("rejected").asInt()).isEqualTo(1);
    assertThat(doc.get("rejectedRows").get(0).get("line").asLong()).isEqualTo(3);

    Path oneClass = files.resolve("one_class.csv");
    StringBuilder sb = new StringBuilder("x,label\n");
    for (int i = 0; i < 30; i++) {
      sb.append(i).append(",same\n");
    }
    Files.writeString(oneClass, sb.toString());
    assertThat(cli.run("import", oneClass.toString()).exitCode()).isZero();
    CliRunner.Result single = cli.run("train", "--dataset", "one_class", "--target", "label");
    assertThat(single.exitCode()).isEqualTo(1);
    assertThat(single.err()).contains("only one class");

    JsonNode runs = JSON.readTree(cli.run("runs", "--json").out());
    assertThat(runs).as("failed validations create no runs").hasSize(2);
  }

  @Test
  @Order(10)
  void aModelTrainedBeforeSignaturesWereRecordedGetsItsOwnWhenListed() throws Exception {
    long modelId;
    // What a project made before trained models recorded their signature holds.
    try (ProjectDatabase project = ProjectDatabase.open(work.resolve("project"))) {
      modelId = project.models().findByRun(runId).orElseThrow().id();
      project.models().saveSignature(modelId, ModelSignature.unknown());
    }
    JsonNode model = null;
    for (JsonNode m : JSON.readTree(cli.run("models", "--json").out())) {
      model = m.get("id").asLong() == modelId ? m : model;
    }
    assertThat(model.get("inputs").get("shape").toString()).isEqualTo("[7]");
    assertThat(model.get("outputs").get("shape").toString()).isEqualTo("[3]");
    try (ProjectDatabase project = ProjectDatabase.open(work.resolve("project"))) {
      assertThat(project.models().signature(modelId).inputShape()).containsExactly(7L);
    }
  }

  @Test
  @Order(9)
  void regressionReportsRmseMaeAndR2() throws Exception {
    assertThat(cli.run("import", "../resources/samples/diabetes.csv").exitCode()).isZero();
    CliRunner.Result result = cli.run("train", "--dataset", "diabetes", "--target", "target", "--epochs", "60",
        "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode metrics = JSON.readTree(result.out()).get("metrics");
    assertThat(metrics.get("r2").asDouble()).isGreaterThan(0.3);
    assertThat(metrics.get("rmse").asDouble()).isPositive();
    assertThat(metrics.get("mae").asDouble()).isPositive();
    String name = JSON.readTree(result.out()).get("modelName").asText();
    JsonNode model = null;
    for (JsonNode m : JSON.readTree(cli.run("models", "--json").out())) {
      model = m.get("name").asText().equals(name) ? m : model;
    }
    assertThat(model.get("inputs").get("shape").toString()).isEqualTo("[10]");
    assertThat(model.get("outputs").get("shape").toString()).isEqualTo("[1]");
    assertThat(model.get("description").asText()).endsWith("output a number (target)");
  }
}
