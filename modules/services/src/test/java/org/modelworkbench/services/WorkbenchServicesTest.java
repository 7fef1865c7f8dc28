package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RocCurve;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/** The use cases on a real project folder with the real engine, on the shipped samples. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchServicesTest {
  private static final Path SAMPLES = Path.of("../../resources/samples");

  @TempDir
  static Path folder;

  private Workbench workbench;
  private RunInfo binaryRun;

  @BeforeAll
  void trainABinaryClassifier() {
    workbench = Workbench.open(folder.resolve("project"));
    assertThat(SampleProject.populate(workbench, SAMPLES, ProgressListener.NONE))
        .containsExactlyInAnyOrder("breast_cancer", "diabetes", "iris", "penguins", "support_tickets", "wine");
    DatasetInfo cancer = workbench.datasets().find("breast_cancer");
    TrainingSettings settings = TrainingSettings.defaults("target", ModelKind.LINEAR);
    binaryRun = workbench.training().train(TrainRequest.of(cancer, settings), TrainingObserver.NONE, CancellationToken.none());
  }

  @AfterAll
  void close() {
    workbench.close();
  }

  @Test
  void theSampleTicketsHoldFreeTextAndTrainTheTextBaseline() {
    DatasetInfo tickets = workbench.datasets().find("support_tickets");
    assertThat(tickets.textColumns()).containsExactly("body");
    assertThat(workbench.training().defaultKind(tickets, "category", null)).isEqualTo(ModelKind.TFIDF);
  }

  @Test
  void samplesAreNotImportedTwice() {
    assertThat(SampleProject.populate(workbench, SAMPLES, ProgressListener.NONE)).isEmpty();
  }

  @Test
  void binaryRunHasAnRocCurveMatchingItsAuc() {
    assertThat(binaryRun.status()).isEqualTo(RunStatus.COMPLETED);
    RocCurve roc = workbench.evaluation().rocCurve(binaryRun.id());
    ClassificationMetrics metrics = (ClassificationMetrics) binaryRun.testMetrics();
    assertThat(roc.positiveLabel()).isEqualTo(metrics.labels().get(1));
    assertThat(roc.auc()).isEqualTo(metrics.rocAuc());
    assertThat(roc.falsePositiveRate()[0]).isZero();
    assertThat(roc.truePositiveRate()[roc.truePositiveRate().length - 1]).isEqualTo(1.0);
  }

  @Test
  void cellRowsMatchTheConfusionMatrix() {
    ClassificationMetrics metrics = (ClassificationMetrics) binaryRun.testMetrics();
    List<String> labels = metrics.labels();
    for (int a = 0; a < labels.size(); a++) {
      for (int p = 0; p < labels.size(); p++) {
        DataTable rows = workbench.evaluation().testRowsInCell(binaryRun.id(), labels.get(a), labels.get(p));
        assertThat(rows.rowCount()).isEqualTo(metrics.confusionMatrix()[a][p]);
      }
    }
  }

  @Test
  void multiClassRunHasNoRocCurve() {
    DatasetInfo iris = workbench.datasets().find("iris");
    RunInfo run = workbench.training().train(TrainRequest.of(iris, TrainingSettings.defaults("target")),
        TrainingObserver.NONE, CancellationToken.none());
    assertThatThrownBy(() -> workbench.evaluation().rocCurve(run.id()))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("two-class");
  }

  @Test
  void baseModelOfTheWrongTaskIsNamedInTheError() {
    DatasetInfo diabetes = workbench.datasets().find("diabetes");
    String baseName = workbench.catalog().modelOfRun(binaryRun).name();
    TrainingSettings d = TrainingSettings.defaults("target");
    TrainingSettings warm = new TrainingSettings("target", null, d.modelKind(), 3, 32, 0.003, 1, "auto", 0,
        baseName, d.hiddenUnits(), 5, 0.15, 0.2, List.of());
    assertThatThrownBy(() -> workbench.training().train(TrainRequest.of(diabetes, warm), TrainingObserver.NONE,
        CancellationToken.none()))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining(baseName).hasMessageContaining("regression");
  }
}
