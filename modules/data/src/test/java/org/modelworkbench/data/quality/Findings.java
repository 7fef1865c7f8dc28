package org.modelworkbench.data.quality;

import java.util.List;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;

/** Picks findings out of a report for assertions. */
final class Findings {
  private Findings() {}

  /** The findings with a code, optionally about one column (null: any column). */
  static List<QualityFinding> of(QualityReport report, String code, String column) {
    return report.withCode(code).stream()
        .filter(f -> column == null || column.equals(f.column())).toList();
  }

  /** The single finding with a code about a column; fails when there is not exactly one. */
  static QualityFinding one(QualityReport report, String code, String column) {
    List<QualityFinding> found = of(report, code, column);
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + code + " finding for " + column + " but got " + found
          + " in " + report.findings());
    }
    return found.get(0);
  }
}
