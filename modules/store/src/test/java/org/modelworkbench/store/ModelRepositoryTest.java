package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

class ModelRepositoryTest {
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
  void insertedModelsAreFoundByIdNameAndRun() {
    long datasetId = Fixtures.save(project, "iris", Fixtures.numbered(3)).id();
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
    ModelInfo base = project.models().insert("imported", "linear", "PyTorch", "imported/base", Task.REGRESSION,
        null, null, null);

    ModelInfo tuned = project.models().insert("tuned", "mlp", "PyTorch", "runs/1/model", Task.REGRESSION,
        base.id(), runId, datasetId);

    assertThat(project.models().find(tuned.id())).contains(tuned);
    assertThat(project.models().findByName("imported")).contains(base);
    assertThat(project.models().findByRun(runId)).contains(tuned);
    assertThat(project.models().findByRun(runId + 1)).isEmpty();
    assertThat(project.models().findByName("nope")).isEmpty();
    assertThat(project.models().list()).containsExactly(base, tuned);
    assertThat(tuned.baseModelId()).isEqualTo(base.id());
  }

  @Test
  void aTakenNameIsRefusedPlainly() {
    project.models().insert("best", "mlp", "PyTorch", "a", Task.CLASSIFICATION, null, null, null);

    assertThatThrownBy(() -> project.models().insert("best", "mlp", "PyTorch", "b", Task.CLASSIFICATION, null,
        null, null))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("A model named 'best' already exists in this project; choose another name.");
    assertThat(project.models().list()).hasSize(1);
  }
}
