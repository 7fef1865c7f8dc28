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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** An image run on the command line: train a CNN, predict a folder and a CSV of pictures, report it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageRunCommandTest {
  private static final Path DIGITS = Path.of("../modules/ml/src/test/resources/digits").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  private CliRunner cli;
  private long runId;

  private CliRunner cli() {
    if (cli == null) {
      cli = new CliRunner(work.resolve("project"));
    }
    return cli;
  }

  @Test
  @Order(1)
  void trainsASmallCnnOnTheDigits() throws Exception {
    assertThat(cli().run("import", DIGITS.toString(), "--name", "digits").exitCode()).isZero();
    CliRunner.Result result = cli().run("train", "--dataset", "digits", "--target", "class", "--model", "cnn",
        "--epochs", "3", "--device", "cpu", "--seed", "7", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    runId = JSON.readTree(result.out()).get("runId").asLong();
  }

  @Test
  @Order(2)
  void predictsEveryPictureOfAFolderWithOneProbabilityPerClass() throws Exception {
    Path out = work.resolve("predictions.csv");
    CliRunner.Result result = cli().run("predict", "--run", Long.toString(runId), "--input", DIGITS.toString(),
        "--out", out.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("rows").asInt()).isEqualTo(200);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(201);
    assertThat(lines.get(0)).startsWith("file,prediction,probability_0,probability_1,")
        .endsWith("probability_9");
    assertThat(lines.get(1)).startsWith("0/");
    String[] first = lines.get(1).split(",");
    double sum = 0;
    for (int i = 2; i < first.length; i++) {
      sum += Double.parseDouble(first[i]);
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  @Order(3)
  void predictsTheFilesNamedInACsvAndKeepsItsColumns() throws Exception {
    // One absolute path and one relative to the CSV's folder.
    Path pictures = Files.createDirectories(work.resolve("pictures"));
    Files.copy(DIGITS.resolve("7").resolve(firstFile("7")), pictures.resolve("seven.png"));
    Path csv = Files.writeString(work.resolve("pictures.csv"), "id,file\na,"
        + DIGITS.resolve("3").resolve(firstFile("3")) + "\nb,pictures/seven.png\n");
    Path out = work.resolve("csv-predictions.csv");
    CliRunner.Result result = cli().run("predict", "--run", Long.toString(runId), "--input", csv.toString(),
        "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("id,file,prediction,probability_0");

    Path missing = Files.writeString(work.resolve("missing.csv"), "file\nnot-there.png\n");
    CliRunner.Result refused = cli().run("predict", "--run", Long.toString(runId), "--input", missing.toString(),
        "--out", work.resolve("never.csv").toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("not-there.png, which does not exist");
    assertThat(work.resolve("never.csv")).doesNotExist();
  }

  @Test
  @Order(3)
  void skipsAndNamesUnreadablePicturesAndPredictsTheRest() throws Exception {
    Path folder = Files.createDirectories(work.resolve("with-corrupt"));
    Files.copy(DIGITS.resolve("3").resolve(firstFile("3")), folder.resolve("three.png"));
    Files.copy(DIGITS.resolve("7").resolve(firstFile("7")), folder.resolve("seven.png"));
    byte[] png = Files.readAllBytes(folder.resolve("three.png"));
    Files.write(folder.resolve("broken.png"), java.util.Arrays.copyOf(png, png.length / 2));
    Files.writeString(folder.resolve("notes.jpg"), "not a picture");
    Path out = work.resolve("corrupt-predictions.csv");
    CliRunner.Result result = cli().run("predict", "--run", Long.toString(runId), "--input", folder.toString(),
        "--out", out.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("Skipped broken.png: not a readable image").contains("Skipped notes.jpg");
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("rows").asInt()).isEqualTo(2);
    assertThat(doc.get("skipped")).hasSize(2);
    assertThat(doc.get("skipped").get(0).get("file").asText()).isEqualTo("broken.png");
    assertThat(doc.get("skipped").get(0).get("reason").asText()).isNotBlank();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(String.join("\n", lines)).contains("seven.png").contains("three.png").doesNotContain("broken.png");

    Path allBad = Files.createDirectories(work.resolve("all-bad"));
    Files.writeString(allBad.resolve("a.png"), "nope");
    CliRunner.Result refused = cli().run("predict", "--run", Long.toString(runId), "--input", allBad.toString(),
        "--out", work.resolve("none.csv").toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("None of the 1 pictures").contains("a.png");
    assertThat(work.resolve("none.csv")).doesNotExist();
  }

  @Test
  @Order(4)
  void theReportSummarisesThePicturesAndShowsTheMistakes() throws Exception {
    Path pdf = work.resolve("report.pdf");
    CliRunner.Result result = cli().run("report", "--run", Long.toString(runId), "--out", pdf.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Pictures 200").contains("All 8×8 pixels").contains("Colours grey (200)")
        .contains("Pictures per class").contains("CNN (convolutional network for images)")
        .contains("Fine-tuned from None (trained from scratch)").contains("Confusion matrix")
        .doesNotContain("Hidden layer widths").doesNotContain("Excluded columns");

    Path html = work.resolve("report.html");
    assertThat(cli().run("report", "--run", Long.toString(runId), "--out", html.toString()).exitCode()).isZero();
    String page = Files.readString(html);
    assertThat(page).contains("Pictures per class").doesNotContain("<td class=\"row-head\">file");
    if (page.contains("Pictures the model got wrong")) {
      assertThat(page).contains("misclassified test pictures");
    }
  }

  @Test
  @Order(5)
  void theTrainedModelExportsWithItsLabels() throws Exception {
    String model = JSON.readTree(cli().run("runs", "--json").out()).get(0).get("modelName").asText();
    if (model == null || model.equals("null")) {
      JsonNode models = JSON.readTree(cli().run("models", "--json").out());
      model = models.get(0).get("name").asText();
    }
    Path out = work.resolve("exported");
    CliRunner.Result result = cli().run("export-model", model, "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(java.nio.file.Files.readAllLines(out.resolve("labels.txt")))
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  }

  @Test
  @Order(6)
  void theTrainedModelEvaluatesAsALibraryModel() throws Exception {
    JsonNode listed = JSON.readTree(cli().run("models", "--json").out()).get(0);
    String model = listed.get("name").asText();
    assertThat(listed.get("inputs").get("kind").asText()).isEqualTo("image");
    assertThat(listed.get("inputs").get("shape").toString()).isEqualTo("[1,8,8]");
    assertThat(listed.get("inputs").get("normalization").asText()).isEqualTo("none");
    assertThat(listed.get("outputs").get("shape").toString()).isEqualTo("[10]");
    assertThat(cli().run("models").out()).contains("input 1×8×8 image, output 10 classes; small residual network");
    CliRunner.Result result = cli().run("evaluate", "--model", model, "--dataset", "digits", "--target", "class",
        "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode metrics = JSON.readTree(result.out()).get("metrics");
    assertThat(metrics.get("count").asInt()).isEqualTo(200);
    assertThat(metrics.get("top_k").asInt()).isEqualTo(5);
    assertThat(metrics.get("top_k_accuracy").asDouble()).isGreaterThanOrEqualTo(metrics.get("accuracy").asDouble());
  }

  private static String firstFile(String folder) throws Exception {
    try (var files = Files.list(DIGITS.resolve(folder))) {
      return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
  }
}
