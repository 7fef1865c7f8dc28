package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;
import org.modelworkbench.model.QualityReport;

/** The report's helpers and the finding's validation. */
class QualityReportTest {
  private static final QualityFinding LEAK = new QualityFinding(Severity.SERIOUS, "target_leak", "a", "Leaks.", 9);
  private static final QualityFinding GAPS = new QualityFinding(Severity.INFO, "missing_values", "a", "Gaps.", 2);
  private static final QualityFinding COPIES = new QualityFinding(Severity.WARNING, "duplicate_rows", null, "Copies.", 3);

  @Test
  void helpersPickFindings() {
    QualityReport report = new QualityReport(List.of(LEAK, COPIES, GAPS));
    assertThat(report.serious()).containsExactly(LEAK);
    assertThat(report.hasSerious()).isTrue();
    assertThat(report.atLeast(Severity.WARNING)).containsExactly(LEAK, COPIES);
    assertThat(report.forColumn("a")).containsExactly(LEAK, GAPS);
    assertThat(report.forColumn(null)).containsExactly(COPIES);
    assertThat(report.forColumn("b")).isEmpty();
    assertThat(report.withCode("duplicate_rows")).containsExactly(COPIES);
    assertThat(new QualityReport(List.of(GAPS)).hasSerious()).isFalse();
    assertThat(QualityReport.empty().plus(new QualityReport(List.of(GAPS))).findings()).containsExactly(GAPS);
  }

  @Test
  void reportIsImmutable() {
    List<QualityFinding> list = new ArrayList<>(List.of(GAPS));
    QualityReport report = new QualityReport(list);
    list.add(LEAK);
    assertThat(report.findings()).containsExactly(GAPS);
    assertThat(new QualityReport(null).findings()).isEmpty();
  }

  @Test
  void severitiesHaveLabelsAndOrder() {
    assertThat(Severity.SERIOUS.label()).isEqualTo("serious");
    assertThat(Severity.INFO.label()).isEqualTo("info");
    assertThat(Severity.WARNING.atLeast(Severity.INFO)).isTrue();
    assertThat(Severity.WARNING.atLeast(Severity.SERIOUS)).isFalse();
    assertThat(COPIES.tableWide()).isTrue();
    assertThat(LEAK.tableWide()).isFalse();
  }

  @Test
  void findingsNeedTheirPartsAndNoNegativeCount() {
    assertThatThrownBy(() -> new QualityFinding(null, "x", null, "m", 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new QualityFinding(Severity.INFO, "x", null, "m", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
