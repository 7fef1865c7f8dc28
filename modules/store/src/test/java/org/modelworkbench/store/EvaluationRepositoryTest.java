package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Task;

class EvaluationRepositoryTest {
  @TempDir Path dir;
  private ProjectDatabase project;

  @BeforeEach
  void open() {
    project = ProjectDatabase.open(dir);
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void evaluationsAreListedPerRunAndNewestFirst() {
    long datasetId = Fixtures.save(project, "iris", Fixtures.numbered(3)).id();
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.CLASSIFICATION, null, null, null);
    long modelId = project.models().insert("m", "mlp", "PyTorch", "runs/1", Task.CLASSIFICATION, null, runId,
        datasetId).id();

    EvaluationInfo onTest = project.evaluations().insert(runId, modelId, datasetId, "test",
        Fixtures.classification());
    EvaluationInfo onAll = project.evaluations().insert(null, modelId, datasetId, "all", Fixtures.regression());

    // Compared field by field for the confusion matrix; Double.equals so the NaN R² matches itself.
    assertThat(project.evaluations().forRun(runId)).usingRecursiveComparison()
        .withEqualsForType(Double::equals, Double.class).isEqualTo(List.of(onTest));
    assertThat(project.evaluations().list()).usingRecursiveComparison()
        .withEqualsForType(Double::equals, Double.class).isEqualTo(List.of(onAll, onTest));
    assertThat(project.evaluations().list().get(0).runId()).isNull();
  }
}
