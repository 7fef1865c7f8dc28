package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
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
  void theImageNormalisationIsStoredWithTheSignatureAndSurvivesReopening() {
    ModelSignature plain = new ModelSignature(ModelSignature.IMAGE, List.of(3L, 224L, 224L), List.of(512L),
        List.of(), List.of(), "/x/resnet18.pt", "ab", "model.pt", "input 3×224×224, output 512 features");
    ModelInfo imagenet = project.models().insert("resnet", "torchscript", "PyTorch", "models/ab",
        Task.CLASSIFICATION, null, null, null, plain.withNormalization(ImageNormalization.IMAGENET));
    ModelInfo own = project.models().insert("own", "torchscript", "PyTorch", "models/cd", Task.CLASSIFICATION,
        null, null, null, plain.withNormalization(ImageNormalization.parse("0.5/0.25")));
    ModelInfo scaled = project.models().insert("scaled", "torchscript", "PyTorch", "models/ef",
        Task.CLASSIFICATION, null, null, null, plain);
    project.close();
    project = ProjectDatabase.open(dir);

    assertThat(project.models().signature(imagenet.id()).normalization()).isEqualTo(ImageNormalization.IMAGENET);
    assertThat(project.models().signature(own.id()).normalization().text()).isEqualTo("0.5/0.25");
    assertThat(project.models().signature(scaled.id()).normalization().isNone()).isTrue();
    assertThat(SchemaQueries.single(project, "SELECT input_normalization FROM models WHERE id = " + scaled.id()))
        .isNull();
    assertThat(project.models().signature(imagenet.id())).isEqualTo(plain.withNormalization(
        ImageNormalization.IMAGENET));
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
