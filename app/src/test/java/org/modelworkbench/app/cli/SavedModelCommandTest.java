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
import org.modelworkbench.ml.TrainingListener;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.ml.tensorflow.SavedModelTrainingRequest;
import org.modelworkbench.ml.tensorflow.TensorFlowSetup;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.model.CancellationToken;

/**
 * TensorFlow SavedModels end to end on the real engines: a tiny SavedModel is built and trained
 * on digits 0–4 at test time, then imported, evaluated as it is on digits 5–9 (which it never
 * saw), fine-tuned there with a new PyTorch head and through its own train signature, exported and
 * imported again.
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
  }

  @Test
  @Order(4)
  void fullFineTuneImprovesAndExportsASavedModel() throws Exception {
    JsonNode run = train("--epochs", "30", "--batch-size", "8", "--patience", "10");
    double after = run.get("metrics").get("accuracy").asDouble();
    System.out.printf("full: before %.3f, after %.3f (test rows)%n", before, after);
    assertThat(run.toString()).contains("\"strategy\":\"full\"");
    assertThat(after).isGreaterThan(before + 0.3);

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
