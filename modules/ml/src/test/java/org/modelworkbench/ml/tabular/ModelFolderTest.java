package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.WorkbenchException;

/** What a saved model folder holds, and loading it back. */
class ModelFolderTest {
  @TempDir static Path dir;
  static DataTable[] parts;

  @BeforeAll
  static void train() {
    parts = TrainingFixtures.iris();
    new TabularTrainer().train(TrainingFixtures.irisRequest(parts, dir.resolve("m"), 20, 5),
        new TrainingListener() {}, CancellationToken.none());
  }

  @Test
  void twoLoadsPredictIdentically() {
    try (TabularModel a = TabularModel.load(dir.resolve("m"));
        TabularModel b = TabularModel.load(dir.resolve("m"))) {
      Predictions first = a.predict(parts[2]);
      Predictions again = a.predict(parts[2]);
      Predictions other = b.predict(parts[2]);

      assertThat(again.probabilities()).isDeepEqualTo(first.probabilities());
      assertThat(other.probabilities()).isDeepEqualTo(first.probabilities());
      assertThat(other.predictedLabels()).isEqualTo(first.predictedLabels());
    }
  }

  @Test
  void manifestDescribesTheModel() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        Files.readString(dir.resolve("m").resolve("model.json")));

    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("task").asText()).isEqualTo("CLASSIFICATION");
    assertThat(json.get("target").asText()).isEqualTo("target");
    assertThat(json.get("kind").asText()).isEqualTo(ModelKind.MLP.name());
    assertThat(json.get("hiddenUnits").toString()).isEqualTo("[64,32]");
    assertThat(json.get("inputWidth").asInt()).isEqualTo(4);
    assertThat(json.get("labels")).hasSize(3);
    assertThat(json.get("preprocessor").get("columns")).hasSize(4);
    assertThat(json.get("targetScaling").isNull()).isTrue();
    assertThat(dir.resolve("m").resolve(json.get("parametersFile").asText())).exists();
  }

  @Test
  void predictionNeedsOnlyTheFeatureColumns() {
    try (TabularModel model = TabularModel.load(dir.resolve("m"))) {
      DataTable featuresOnly = parts[2].selectColumns(
          List.of("petal width (cm)", "petal length (cm)", "sepal width (cm)",
              "sepal length (cm)"));

      assertThat(model.predict(featuresOnly).probabilities())
          .isDeepEqualTo(model.predict(parts[2]).probabilities());
      assertThat(model.predict(parts[2].selectRows(new int[0])).size()).isZero();
    }
  }

  @Test
  void missingFeatureColumnIsAPlainError() {
    try (TabularModel model = TabularModel.load(dir.resolve("m"))) {
      DataTable partial = parts[2].selectColumns(List.of("petal width (cm)", "target"));

      assertThatThrownBy(() -> model.predict(partial))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("The data has no column 'sepal length (cm)' that the model needs.");
    }
  }

  @Test
  void emptyFolderIsNotAModel() {
    assertThatThrownBy(() -> TabularModel.load(dir.resolve("empty")))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("holds no saved model");
  }

  @Test
  void parametersOfAnotherNetworkAreRejected() throws Exception {
    DataTable[] iris = TrainingFixtures.iris();
    new TabularTrainer().train(new TrainingRequest(iris[0], iris[1],
        TrainingFixtures.IRIS_FEATURES, "target", org.modelworkbench.model.Task.CLASSIFICATION,
        TrainingFixtures.settings("target", org.modelworkbench.model.Task.CLASSIFICATION,
            ModelKind.LINEAR, 2, 1, "cpu"), dir.resolve("linear"), null),
        new TrainingListener() {}, CancellationToken.none());
    Path mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    Files.copy(dir.resolve("m").resolve("model.json"), mixed.resolve("model.json"));
    Files.copy(dir.resolve("linear").resolve("model.params"), mixed.resolve("model.params"));

    assertThatThrownBy(() -> TabularModel.load(mixed))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("do not match");
  }

  @Test
  void damagedParametersAreReported() throws Exception {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.copy(dir.resolve("m").resolve("model.json"), broken.resolve("model.json"));
    Files.write(broken.resolve("model.params"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> TabularModel.load(broken))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("damaged");
  }
}
