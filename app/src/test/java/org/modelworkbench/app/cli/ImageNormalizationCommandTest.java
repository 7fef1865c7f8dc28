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
import org.modelworkbench.ml.image.ImageModel;

/**
 * {@code import-model --normalize} on the real engine, with a TorchScript model trained on
 * ImageNet-normalised digits ({@code make_normalized_fixture.py}): evaluated as it is, fine-tuned,
 * and the fine-tuned model evaluated, predicted and exported, once imported with the normalisation
 * it needs and once without.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageNormalizationCommandTest {
  private static final Path RESOURCES = Path.of("../modules/ml/src/test/resources");
  private static final Path MODEL = RESOURCES.resolve("models/digits_rgb_imagenet.pt");
  private static final Path LABELS = RESOURCES.resolve("models/digits_labels.txt");
  private static final Path DIGITS = RESOURCES.resolve("images/digits");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;

  private CliRunner plain;
  private CliRunner imagenet;
  private String tuned;

  @BeforeAll
  void importTheModelIntoTwoProjects() {
    plain = new CliRunner(work.resolve("plain"));
    imagenet = new CliRunner(work.resolve("imagenet"));
    for (CliRunner cli : new CliRunner[] {plain, imagenet}) {
      assertThat(cli.run("import", DIGITS.toString(), "--name", "digits").exitCode()).isZero();
    }
    CliRunner.Result imported = plain.run("import-model", MODEL.toString(), "--labels", LABELS.toString(), "--input-shape", "3,8,8", "--name",
        "rgb");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  @Order(1)
  void theNormalisationIsRecordedAndShown() throws Exception {
    CliRunner.Result result = imagenet.run("import-model", MODEL.toString(), "--labels", LABELS.toString(),
        "--name", "rgb", "--input-shape", "3,8,8", "--normalize", "imagenet");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("input 3×8×8, output 10 classes; pixels scaled to 0..1, then ImageNet mean/std");

    JsonNode model = JSON.readTree(imagenet.run("models", "--json").out()).get(0);
    assertThat(model.get("inputs").get("normalization").asText()).isEqualTo("imagenet");
    assertThat(JSON.readTree(plain.run("models", "--json").out()).get(0).get("inputs").get("normalization").asText())
        .isEqualTo("none");
    assertThat(imagenet.run("models").out()).contains("ImageNet mean/std");
  }

  @Test
  @Order(2)
  void evaluateAsItIsFeedsTheNormalisedPixels() throws Exception {
    double without = accuracy(plain.run("evaluate", "--model", "rgb", "--dataset", "digits", "--target", "class",
        "--json"));
    double with = accuracy(imagenet.run("evaluate", "--model", "rgb", "--dataset", "digits", "--target", "class",
        "--json"));
    System.out.printf("evaluate --model on 100 held-out digits: %.3f without --normalize, %.3f with --normalize "
        + "imagenet%n", without, with);
    assertThat(with).isGreaterThanOrEqualTo(0.95);
    assertThat(without).isLessThan(with - 0.2);
  }

  @Test
  @Order(3)
  void aNormalisationThatDoesNotFitIsRefusedPlainly() throws Exception {
    CliRunner.Result grey = imagenet.run("import-model", RESOURCES.resolve("models/digits_cnn.pt").toString(),
        "--normalize", "imagenet");
    assertThat(grey.exitCode()).isEqualTo(1);
    assertThat(grey.err()).contains("takes 1-channel images; give one mean and one standard deviation");
    CliRunner.Result garbled = imagenet.run("import-model", RESOURCES.resolve("models/digits_cnn.pt").toString(),
        "--normalize", "0.5");
    assertThat(garbled.exitCode()).isEqualTo(1);
    assertThat(garbled.err()).contains("is not understood; use none, imagenet, or MEAN/STD");
    assertThat(JSON.readTree(imagenet.run("models", "--json").out())).hasSize(1);

    CliRunner.Result ownValues = imagenet.run("import-model", RESOURCES.resolve("models/digits_cnn.pt").toString(),
        "--normalize", "0.5/0.25", "--json");
    assertThat(ownValues.exitCode()).as(ownValues.err()).isZero();
    assertThat(JSON.readTree(ownValues.out()).get("inputs").get("normalization").asText()).isEqualTo("0.5/0.25");
  }

  @Test
  @Order(4)
  void theFineTunedModelInheritsTheNormalisationAndUsesIt() throws Exception {
    JsonNode run = train(imagenet);
    JsonNode runWithout = train(plain);
    double test = run.get("metrics").get("accuracy").asDouble();
    System.out.printf("train --base rgb (20 head-only epochs), test split: %.3f imported without --normalize, "
        + "%.3f with --normalize imagenet%n", runWithout.get("metrics").get("accuracy").asDouble(), test);
    tuned = run.get("modelName").asText();

    JsonNode model = null;
    for (JsonNode m : JSON.readTree(imagenet.run("models", "--json").out())) {
      if (m.get("name").asText().equals(tuned)) {
        model = m;
      }
    }
    assertThat(model).isNotNull();
    assertThat(model.get("kind").asText()).isEqualTo("cnn-finetuned");
    assertThat(model.get("inputs").get("shape").toString()).isEqualTo("[3,8,8]");
    assertThat(model.get("inputs").get("normalization").asText()).isEqualTo("imagenet");
    assertThat(model.get("lineage").get("baseModel").asText()).isEqualTo("rgb");

    double all = accuracy(imagenet.run("evaluate", "--model", tuned, "--dataset", "digits", "--target", "class",
        "--json"));
    System.out.printf("fine-tuned model on all 100 digits: %.3f%n", all);
    assertThat(all).isGreaterThanOrEqualTo(0.9);
    assertThat(accuracy(imagenet.run("evaluate", "--run", run.get("runId").asText(), "--json"))).isEqualTo(test);

    Path predictions = work.resolve("tuned.csv");
    CliRunner.Result predicted = imagenet.run("predict", "--run", run.get("runId").asText(), "--input",
        DIGITS.toString(), "--out", predictions.toString());
    assertThat(predicted.exitCode()).as(predicted.err()).isZero();
    long right = Files.readAllLines(predictions).stream().skip(1).map(l -> l.split(","))
        .filter(f -> f[0].startsWith(f[1] + "/")).count();
    assertThat(right / 100.0).isEqualTo(all);
  }

  @Test
  @Order(5)
  void theExportedFineTunedModelCarriesItsNormalisation() throws Exception {
    Path out = work.resolve("export");
    CliRunner.Result result = imagenet.run("export-model", tuned, "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode manifest = JSON.readTree(out.resolve("image-model.json").toFile());
    assertThat(manifest.get("normalization").asText()).isEqualTo("imagenet");
    // An older workbench, which would ignore the normalisation, refuses a layout newer than its own.
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(out.resolve("backbone.pt")).exists();

    // The manifest's normalisation is what prediction uses: the same model without it does worse.
    Path stripped = work.resolve("stripped");
    Files.createDirectories(stripped);
    for (String file : new String[] {"backbone.pt", "network.params"}) {
      Files.copy(out.resolve(file), stripped.resolve(file));
    }
    Files.writeString(stripped.resolve("image-model.json"), Files.readString(out.resolve("image-model.json"))
        .replace("\"formatVersion\" : 2", "\"formatVersion\" : 1").replace("\"imagenet\"", "null"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(DIGITS)) {
      walk.filter(p -> p.toString().endsWith(".png")).sorted().forEach(files::add);
    }
    double exported = modelAccuracy(out, files);
    double withoutNormalisation = modelAccuracy(stripped, files);
    System.out.printf("exported fine-tuned model on 100 digits: %.3f as exported, %.3f with its normalisation "
        + "removed%n", exported, withoutNormalisation);
    assertThat(exported).isGreaterThanOrEqualTo(0.9);
    assertThat(withoutNormalisation).isLessThan(exported - 0.1);
  }

  private static double modelAccuracy(Path folder, List<Path> files) {
    try (ImageModel model = ImageModel.load(folder)) {
      String[] predicted = model.predict(files).predictedLabels();
      int right = 0;
      for (int i = 0; i < files.size(); i++) {
        right += files.get(i).getParent().getFileName().toString().equals(predicted[i]) ? 1 : 0;
      }
      return right / (double) files.size();
    }
  }

  private JsonNode train(CliRunner cli) throws Exception {
    // A head-only warm-up of a tiny 8x8 network: at the fine-tuning default (0.0003) 20 epochs are
    // too few, so the rate these numbers were measured at is given.
    CliRunner.Result result = cli.run("train", "--dataset", "digits", "--target", "class", "--base", "rgb",
        "--epochs", "20", "--freeze-epochs", "20", "--patience", "20", "--seed", "7", "--device", "cpu",
        "--learning-rate", "0.003", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static double accuracy(CliRunner.Result result) throws Exception {
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out()).get("metrics").get("accuracy").asDouble();
  }
}
