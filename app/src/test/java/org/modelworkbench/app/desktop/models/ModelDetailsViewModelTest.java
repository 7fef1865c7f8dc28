package org.modelworkbench.app.desktop.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.RecordingNotifier;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.services.Workbench;

/** The model page's state without a screen: facts, lineage, evaluate as it is, export. */
class ModelDetailsViewModelTest {
  @TempDir
  static Path dir;

  static Workbench workbench;
  static DatasetInfo digits;

  @BeforeAll
  static void project() {
    workbench = Workbench.open(dir.resolve("project"));
    ImageProjects.importDigitsCnn(workbench);
    digits = ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("images/digits"), "digits");
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  private ModelDetailsViewModel details() {
    ModelInfo cnn = workbench.library().find("digits_cnn");
    return new ModelDetailsViewModel(DirectJobRunner.create(), () -> workbench, new RecordingNotifier(), cnn);
  }

  @Test
  void readsWhatTheModelTakesAndGivesAndWhereItCameFrom() {
    ModelDetailsViewModel model = details();
    model.load();
    ModelSignature signature = model.signatureProperty().get();
    assertThat(ModelFacts.shapes(signature)).isEqualTo("input 1×8×8 image, output 10 classes");
    assertThat(ModelFacts.files(model.model(), signature).get("SHA-256")).hasSize(64);
    assertThat(ModelFacts.files(model.model(), signature).get("Source file")).endsWith("digits_cnn.pt");
    assertThat(model.lineage()).extracting(LineageLink::text).contains("Imported into the project");
    assertThat(model.takesImages()).isTrue();
    assertThat(model.suggestedDataset(List.of(digits))).contains(digits);
    assertThat(ModelDetailsViewModel.suggestedTarget(digits)).isEqualTo("class");
  }

  @Test
  void evaluatesTheModelAsItIsAndShowsTheNewEvaluation() {
    ModelDetailsViewModel model = details();
    model.load();
    int before = model.evaluations().size();
    model.evaluate(digits, "class");
    assertThat(model.evaluations()).hasSize(before + 1);
    EvaluationRow row = model.evaluations().get(before);
    assertThat(row.dataset()).isEqualTo("digits · version 1");
    assertThat(row.split()).isEqualTo("all rows");
    assertThat(row.main()).startsWith("Accuracy ");
    assertThat(model.shownEvaluationProperty().get().metrics()).isInstanceOf(ClassificationMetrics.class);
    assertThat(model.statusProperty().get()).startsWith("Evaluated: Accuracy");
    assertThat(model.busyProperty().get()).isFalse();

    ModelDetailsViewModel again = details();
    again.load();
    assertThat(again.evaluations()).hasSize(before + 1);
  }

  @Test
  void exportsTheModelWithItsLabels() {
    ModelDetailsViewModel model = details();
    model.load();
    model.export(dir.resolve("export"));
    assertThat(model.lastExportProperty().get()).exists();
    assertThat(dir.resolve("export/labels.txt")).exists();
  }

  @Test
  void describesShapesLabelsAndSignaturesInPlainWords() {
    ModelSignature features = new ModelSignature(ModelSignature.IMAGE, List.of(3L, 224L, 224L), List.of(512L),
        List.of(), List.of(), null, null, "model.pt", null);
    assertThat(ModelFacts.shapes(features)).isEqualTo("input 3×224×224 image, output 512 features");
    ModelSignature tabular = new ModelSignature(ModelSignature.TABULAR, List.of(12L), List.of(2L),
        List.of("no", "yes"), List.of(), null, null, null, null);
    assertThat(ModelFacts.shapes(tabular)).isEqualTo("input 12 columns, output 2 classes");
    // A model trained here has no fingerprint of a source file: the line is left out, not "Not recorded".
    org.modelworkbench.model.ModelInfo trained = new org.modelworkbench.model.ModelInfo(4, "penguins-run1", "mlp",
        "PyTorch", "models/4", null, null, 1L, 1L, java.time.Instant.EPOCH);
    assertThat(ModelFacts.files(trained, tabular)).doesNotContainKey("SHA-256")
        .containsEntry("Source file", "Trained in this project (run 1)");
    assertThat(ModelFacts.files(trained, tabular).values()).noneMatch(v -> v.contains("Not recorded"));
    ModelSignature saved = new ModelSignature(ModelSignature.UNKNOWN, List.of(), List.of(), List.of(),
        List.of(new SignatureSpec("serving_default", List.of(new TensorSpec("x", "float32", List.of(-1L, 8L))),
            List.of(new TensorSpec("logits", "float32", List.of(-1L, 3L))))), null, null, null,
        "TensorFlow SavedModel with signatures serving_default");
    assertThat(ModelFacts.shapes(saved)).isEqualTo("TensorFlow SavedModel with signatures serving_default");
    assertThat(ModelFacts.signatureRows(saved.signatures())).containsExactly(
        new ModelFacts.SignatureRow("serving_default", "input", "x", "float32", "any × 8"),
        new ModelFacts.SignatureRow("serving_default", "output", "logits", "float32", "any × 3"));
    List<String> many = java.util.stream.IntStream.range(0, 15).mapToObj(i -> "c" + i).toList();
    assertThat(ModelFacts.labels(many)).endsWith("c11 and 3 more");
  }
}
