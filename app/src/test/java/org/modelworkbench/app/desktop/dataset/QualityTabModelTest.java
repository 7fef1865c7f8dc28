package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.LoansCsv;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.services.Workbench;

/** The quality tab's findings and the columns left out, without a screen. */
class QualityTabModelTest {
  @TempDir static Path dir;
  static Workbench workbench;
  static DatasetInfo loans;

  @BeforeAll
  static void importLoans() {
    workbench = Workbench.open(dir.resolve("project"));
    loans = workbench.datasets().importCsv(LoansCsv.write(dir.resolve("loans.csv")), null, false,
        ProgressListener.NONE, CancellationToken.none()).dataset();
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void storedFindingsThenTargetFindingsMostSeriousFirst() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, loans);
    QualityFindings quality = model.quality();
    quality.loadStored();
    assertThat(quality.checkedProperty().get()).isFalse();
    quality.check();
    assertThat(quality.findings()).extracting(QualityFinding::column).contains("customer_id");
    quality.loadStored();
    assertThat(quality.findings()).as("the stored report after the check")
        .extracting(QualityFinding::column).contains("customer_id");

    model.targetProperty().set("defaulted");
    quality.check();
    assertThat(quality.checkedProperty().get()).isTrue();
    assertThat(quality.findings()).anySatisfy(f -> {
      assertThat(f.column()).isEqualTo("closing_code");
      assertThat(f.severity()).isEqualTo(QualityFinding.Severity.SERIOUS);
    });
    assertThat(quality.seriousProperty().get()).isPositive();
    assertThat(quality.findings().get(0).severity()).isEqualTo(QualityFinding.Severity.SERIOUS);
    assertThat(quality.messageProperty().get()).contains("serious").contains("For the target defaulted");
  }

  @Test
  void leavingOutKeepsEachKnownColumnOnce() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, loans);
    model.leaveOut("customer_id");
    model.leaveOut("closing_code");
    model.leaveOut("customer_id");
    model.leaveOut("no such column");
    assertThat(model.leftOut()).containsExactly("customer_id", "closing_code");
    model.useAgain("customer_id");
    assertThat(model.leftOut()).containsExactly("closing_code");
  }

  @Test
  void openingTheTabChecksForTheSuggestedTargetAndOneClickLeavesOutTheFlaggedColumns() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, loans);
    model.checkQuality();
    assertThat(model.targetProperty().get()).as("the suggested target is chosen").isEqualTo("defaulted");
    assertThat(model.balance()).as("its class balance is counted too").hasSize(2);
    assertThat(model.quality().findings()).anySatisfy(f -> {
      assertThat(f.column()).isEqualTo("closing_code");
      assertThat(f.code()).isEqualTo("missing_leak");
    });
    assertThat(model.flaggedColumns()).containsExactlyInAnyOrder("customer_id", "closing_code");

    model.leaveOutFlagged();
    assertThat(model.leftOut()).containsExactlyInAnyOrder("customer_id", "closing_code");
    assertThat(model.flaggedColumns()).isEmpty();
  }

  @Test
  void aTargetAlreadyChosenIsKeptWhenTheTabIsOpened() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, loans);
    model.targetProperty().set("city");
    model.checkQuality();
    assertThat(model.targetProperty().get()).isEqualTo("city");
    assertThat(model.quality().messageProperty().get()).contains("For the target city");
  }
}
