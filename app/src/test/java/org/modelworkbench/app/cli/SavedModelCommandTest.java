package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.ml.tensorflow.SavedModelTrainingRequest;
import org.modelworkbench.ml.tensorflow.TensorFlowSetup;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;

/**
 * TensorFlow SavedModels end to end on the real engines: a tiny SavedModel is built and trained
 * on digits 0–4 at test time, then imported, evaluated as it is on digits 5–9 (which it never
 * saw), fine-tuned there with a new PyTorch head and through its own train signature, exported and
 * imported again. The head model is evaluated, predicts and exports like any other model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedModelCommandTest {
  private static final Path DIGITS = Path.of("../modules/ml/src/test/resources/digits");
  private static final Path FIXTURE = Path.of("target/tf-fixture");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  private CliRunner cli;
  private double before;
  private long headRun;
  private String headModel;
  private double headTestAccuracy;

  @BeforeAll
  void buildTheBaseModel() throws Exception {
    long start = System.nanoTime();
    TensorFlowSetup.engine();
    System.out.printf("TensorFlow %s engine start %d ms%n", TensorFlowSetup.version(), TensorFlowSetup.startMillis());
    Path untrained = FIXTURE.resolve("untrained");
    deleteTree(FIXTURE);
    TinySavedModel.build(untrained, 7);
    float[][] x = ImageTensors.load(files(0, 1, 2, 3, 4).toArray(Path[]::new), new long[] {1, 8, 8});
    int[] y = new int[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = i / 20;
    }
    new SavedModelTrainer().train(new SavedModelTrainingRequest(untrained, x, y, x, y, new long[] {8, 8, 1},
        SavedModelRunner.SERVING, 20, 8, 20, 1, FIXTURE.resolve("checkpoints"), FIXTURE.resolve("digits04")),
        new TrainingListener() {}, CancellationToken.none());
    System.out.printf("fixture built and trained on digits 0-4 in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    Path newDigits = work.resolve("digits59");
    for (Path file : files(5, 6, 7, 8, 9)) {
      Path target = newDigits.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName().toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    cli = new CliRunner(work.resolve("project"));
  }

  @Test
  @Order(1)
  void importRecordsTheRealSignatures() throws Exception {
    CliRunner.Result result = cli.run("import-model", FIXTURE.resolve("digits04").toString(), "--name", "tiny", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("engine").asText()).isEqualTo("TensorFlow");
    String text = doc.toString();
    assertThat(text).contains("serving_default", "features", "train", "float32", "int32");
    assertThat(doc.get("inputs").get("shape").toString()).isEqualTo("[8,8,1]");
    assertThat(doc.get("outputs").get("shape").toString()).isEqualTo("[10]");
    assertThat(cli.run("import", work.resolve("digits59").toString(), "--name", "digits59").exitCode()).isZero();
  }

  @Test
  @Order(2)
  void evaluatesTheSavedModelAsItIs() throws Exception {
    CliRunner.Result result = cli.run("evaluate", "--model", "tiny", "--dataset", "digits59", "--target", "class",
        "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode metrics = JSON.readTree(result.out()).get("metrics");
    assertThat(metrics.get("count").asInt()).isEqualTo(100);
    before = metrics.get("accuracy").asDouble();
    System.out.printf("as-is accuracy on digits 5-9 (never seen): %.3f%n", before);
    assertThat(before).isLessThan(0.3);
  }

  @Test
  @Order(3)
  void headFineTuneImproves() throws Exception {
    JsonNode run = train("--strategy", "head", "--epochs", "60", "--learning-rate", "0.01");
    double after = run.get("metrics").get("accuracy").asDouble();
    System.out.printf("head: before %.3f, after %.3f (test rows)%n", before, after);
    assertThat(run.toString()).contains("\"strategy\":\"head\"");
    assertThat(after).isGreaterThan(before + 0.3);
    headRun = run.get("runId").asLong();
    headModel = run.get("modelName").asText();
    headTestAccuracy = after;
  }

  @Test
  @Order(4)
  void theHeadModelEvaluatesAsAModelAndAsARun() throws Exception {
    CliRunner.Result result = cli.run("evaluate", "--model", headModel, "--dataset", "digits59", "--target",
        "class", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("model").asText()).isEqualTo(headModel);
    JsonNode metrics = doc.get("metrics");
    assertThat(metrics.get("count").asInt()).isEqualTo(100);
    assertThat(metrics.get("confusion_matrix").get("labels").toString()).isEqualTo("[\"5\",\"6\",\"7\",\"8\",\"9\"]");
    assertThat(metrics.get("top_k").asInt()).isEqualTo(5);
    double all = metrics.get("accuracy").asDouble();
    System.out.printf("head model as it is on all 100 images of digits 5-9: before %.3f, after %.3f%n", before, all);
    assertThat(all).isGreaterThan(before + 0.5);

    CliRunner.Result onTest = cli.run("evaluate", "--run", Long.toString(headRun), "--json");
    assertThat(onTest.exitCode()).as(onTest.err()).isZero();
    assertThat(JSON.readTree(onTest.out()).get("metrics").get("accuracy").asDouble())
        .isCloseTo(headTestAccuracy, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @Order(5)
  void theHeadRunPredictsAFolderOfPictures() throws Exception {
    Path out = work.resolve("head-predictions.csv");
    CliRunner.Result result = cli.run("predict", "--run", Long.toString(headRun), "--input",
        work.resolve("digits59").toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(101);
    assertThat(lines.get(0)).isEqualTo("file,prediction,probability_5,probability_6,probability_7,probability_8,"
        + "probability_9");
    long right = lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[0].startsWith(f[1] + "/")).count();
    System.out.printf("head run predicts %d of 100 pictures right%n", right);
    assertThat(right).isGreaterThan(60);
  }

  @Test
  @Order(6)
  void theHeadModelExportsAsTheSavedModelAndTheHeadThatRunTogether() throws Exception {
    CliRunner.Result refused = cli.run("export-model", headModel, "--format", "savedmodel", "--out",
        work.resolve("never").toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("exports only as savedmodel-head").contains("cannot be one file");
    assertThat(work.resolve("never")).doesNotExist();

    Path out = work.resolve("head-export");
    CliRunner.Result result = cli.run("export-model", headModel, "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("savedmodel/", "head/", "pipeline.json");
    assertThat(out.resolve("savedmodel/saved_model.pb")).exists();
    assertThat(out.resolve("head/model.json")).exists();
    assertThat(Files.readAllLines(out.resolve("labels.txt"))).containsExactly("5", "6", "7", "8", "9");
    JsonNode pipeline = JSON.readTree(out.resolve("pipeline.json").toFile());
    assertThat(pipeline.get("steps").get(0).get("signature").asText()).isEqualTo("features");

    // The exported parts, run one after the other outside the project, give the run's predictions.
    Path picture;
    try (Stream<Path> sevens = Files.list(work.resolve("digits59/7"))) {
      picture = sevens.sorted().findFirst().orElseThrow();
    }
    float[][] pixels = ImageTensors.load(new Path[] {picture}, new long[] {1, 8, 8});
    float[] features;
    try (SavedModelRunner base = SavedModelRunner.load(out.resolve("savedmodel"), "features")) {
      features = base.forward(new float[][] {pixels[0]}, new long[] {8, 8, 1})[0];
    }
    Object[][] columns = new Object[features.length][];
    List<org.modelworkbench.model.ColumnSchema> schema = new ArrayList<>();
    for (int i = 0; i < features.length; i++) {
      schema.add(new org.modelworkbench.model.ColumnSchema("f" + i, org.modelworkbench.model.ColumnType.DECIMAL));
      columns[i] = new Object[] {(double) features[i]};
    }
    String exported;
    try (TabularModel head = TabularModel.load(out.resolve("head"))) {
      exported = head.predict(new org.modelworkbench.model.DataTable(schema, columns)).predictedLabels()[0];
    }
    String fromRun = Files.readAllLines(work.resolve("head-predictions.csv")).stream()
        .filter(l -> l.startsWith("7/" + picture.getFileName() + ",")).findFirst().orElseThrow().split(",")[1];
    assertThat(exported).isEqualTo(fromRun);
  }

  @Test
  @Order(7)
  void fullFineTuneImprovesAndExportsASavedModel() throws Exception {
    JsonNode run = train("--epochs", "30", "--batch-size", "8", "--patience", "10");
    double after = run.get("metrics").get("accuracy").asDouble();
    System.out.printf("full: before %.3f, after %.3f (test rows)%n", before, after);
    assertThat(run.toString()).contains("\"strategy\":\"full\"");
    assertThat(after).isGreaterThan(before + 0.3);

    // Runs and reports say what was fine-tuned, not "cnn".
    long fullRun = run.get("runId").asLong();
    assertThat(run.get("model").asText()).isEqualTo("savedmodel-full");
    CliRunner.Result runs = cli.run("runs");
    assertThat(runs.out()).contains("savedmodel-head").contains("savedmodel-full").doesNotContain(" cnn ");
    JsonNode runsJson = JSON.readTree(cli.run("runs", "--json").out());
    assertThat(runsJson.toString()).contains("\"model\":\"savedmodel-head\"").contains("\"model\":\"savedmodel-full\"");
    Path html = work.resolve("head-report.html");
    assertThat(cli.run("report", "--run", Long.toString(headRun), "--format", "html", "--out", html.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(html)).contains("Fine-tuned SavedModel (savedmodel-head").doesNotContain("CNN (convolutional");
    Path fullHtml = work.resolve("full-report.html");
    assertThat(cli.run("report", "--run", Long.toString(fullRun), "--format", "html", "--out", fullHtml.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(fullHtml)).contains("Fine-tuned SavedModel (savedmodel-full");

    JsonNode models = JSON.readTree(cli.run("models", "--json").out());
    String name = null;
    for (JsonNode m : models) {
      if (m.toString().contains("\"engine\":\"TensorFlow\"") && !m.get("name").asText().equals("tiny")) {
        name = m.get("name").asText();
      }
    }
    assertThat(name).isNotNull();
    Path out = work.resolve("exported");
    CliRunner.Result export = cli.run("export-model", name, "--format", "savedmodel", "--out", out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(out.resolve("saved_model.pb")).exists();
    assertThat(Files.readAllLines(out.resolve("labels.txt"))).hasSize(10);

    try (SavedModelRunner again = SavedModelRunner.load(out, SavedModelRunner.SERVING)) {
      assertThat(again.forward(new float[1][64], new long[] {8, 8, 1})[0]).hasSize(10);
    }
  }

  @Test
  @Order(8)
  void aSavedModelImportedWithANormalisationIsFedNormalisedImages() throws Exception {
    Path digits04 = work.resolve("digits04");
    for (Path file : files(0, 1, 2, 3, 4)) {
      Path target = digits04.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName().toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    assertThat(cli.run("import", digits04.toString(), "--name", "digits04").exitCode()).isZero();
    // The same SavedModel under another name (a note file makes its content, and so its hash, differ).
    Path copy = work.resolve("tiny-copy");
    copyTree(FIXTURE.resolve("digits04"), copy);
    Files.writeString(copy.resolve("note.txt"), "copy");
    CliRunner.Result imported = cli.run("import-model", copy.toString(), "--name", "tiny-normalised", "--normalize",
        "0.5/0.25", "--json");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(JSON.readTree(imported.out()).get("inputs").get("normalization").asText()).isEqualTo("0.5/0.25");

    JsonNode plain = evaluate("tiny", "digits04");
    JsonNode normalised = evaluate("tiny-normalised", "digits04");
    System.out.printf("SavedModel trained on 0..1 pixels, on digits 0-4: accuracy %.3f / log-loss %.3f as trained, "
        + "%.3f / %.3f fed (x - 0.5) / 0.25%n", plain.get("accuracy").asDouble(), plain.get("log_loss").asDouble(),
        normalised.get("accuracy").asDouble(), normalised.get("log_loss").asDouble());
    assertThat(normalised.get("log_loss").asDouble()).isGreaterThan(plain.get("log_loss").asDouble() + 0.1);
  }

  private JsonNode evaluate(String model, String dataset) throws Exception {
    CliRunner.Result result = cli.run("evaluate", "--model", model, "--dataset", dataset, "--target", "class",
        "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out()).get("metrics");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private JsonNode train(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("train", "--dataset", "digits59", "--target", "class", "--base",
        "tiny", "--json"));
    args.addAll(List.of(extra));
    CliRunner.Result result = cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static List<Path> files(int... classes) throws Exception {
    List<Path> out = new ArrayList<>();
    for (int c : classes) {
      try (Stream<Path> files = Files.list(DIGITS.resolve(Integer.toString(c)))) {
        out.addAll(files.sorted().toList());
      }
    }
    return out;
  }

  private static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
