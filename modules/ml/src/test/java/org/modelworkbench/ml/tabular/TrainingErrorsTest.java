package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** Requests that cannot be trained fail with one plain sentence, before any engine work. */
class TrainingErrorsTest {
  @TempDir Path dir;

  @Test
  void singleClassTargetIsRejected() {
    DataTable[] parts = TrainingFixtures.iris();
    DataTable setosa = only(parts[0], "setosa");

    assertThatThrownBy(() -> train(new TrainingRequest(setosa, only(parts[1], "setosa"),
        TrainingFixtures.IRIS_FEATURES, "target", Task.CLASSIFICATION, settings(), dir, null)))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The target 'target' has only one class; a classifier needs at least two.");
  }

  @Test
  void targetCannotBeAFeature() {
    DataTable[] parts = TrainingFixtures.iris();

    assertThatThrownBy(() -> train(new TrainingRequest(parts[0], parts[1],
        List.of("target", "petal width (cm)"), "target", Task.CLASSIFICATION, settings(), dir,
        null)))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The target 'target' cannot also be a feature.");
  }

  @Test
  void missingFeatureColumnIsNamed() {
    DataTable[] parts = TrainingFixtures.iris();

    assertThatThrownBy(() -> train(new TrainingRequest(parts[0], parts[1],
        List.of("petal width (cm)", "colour"), "target", Task.CLASSIFICATION, settings(), dir,
        null)))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The data has no column 'colour' that the model needs.");
  }

  @Test
  void missingTargetColumnIsNamed() {
    DataTable[] parts = TrainingFixtures.iris();

    assertThatThrownBy(() -> train(new TrainingRequest(parts[0], parts[1],
        TrainingFixtures.IRIS_FEATURES, "species", Task.CLASSIFICATION, settings(), dir, null)))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The data has no target column 'species'.");
  }

  private static org.modelworkbench.model.TrainingSettings settings() {
    return TrainingFixtures.settings("target", Task.CLASSIFICATION, ModelKind.MLP, 3, 1, "cpu");
  }

  private static void train(TrainingRequest request) {
    new TabularTrainer().train(request, new TrainingListener() {}, CancellationToken.none());
  }

  private static DataTable only(DataTable table, String label) {
    String[] labels = table.textColumn(table.columnIndex("target"));
    return table.selectRows(java.util.stream.IntStream.range(0, labels.length)
        .filter(r -> labels[r].equals(label)).toArray());
  }
}
