package org.modelworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The findings of a data-quality check, most serious first as the checker orders them.
 *
 * @param findings the findings; empty when nothing was found
 */
public record QualityReport(List<QualityFinding> findings) {

  /** Copies the list so the report stays immutable. */
  public QualityReport {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** A report without findings. */
  public static QualityReport empty() {
    return new QualityReport(List.of());
  }

  /** The findings of severity {@link QualityFinding.Severity#SERIOUS}, in report order. */
  public List<QualityFinding> serious() {
    return atLeast(QualityFinding.Severity.SERIOUS);
  }

  /** Whether any finding is {@link QualityFinding.Severity#SERIOUS}. */
  public boolean hasSerious() {
    return findings.stream().anyMatch(f -> f.severity() == QualityFinding.Severity.SERIOUS);
  }

  /**
   * The findings at least as serious as the given severity, in report order.
   *
   * @param severity the lowest severity to keep
   * @return those findings
   */
  public List<QualityFinding> atLeast(QualityFinding.Severity severity) {
    return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
  }

  /**
   * The findings about one column, in report order.
   *
   * @param column the column's exact name
   * @return its findings; empty when there are none
   */
  public List<QualityFinding> forColumn(String column) {
    return findings.stream().filter(f -> Objects.equals(f.column(), column)).toList();
  }

  /**
   * The findings with one code, in report order.
   *
   * @param code a finding code such as {@code "duplicate_rows"}
   * @return those findings
   */
  public List<QualityFinding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * This report followed by another's findings, for example the dataset check followed by the
   * target check.
   *
   * @param other the findings to append
   * @return a new report
   */
  public QualityReport plus(QualityReport other) {
    List<QualityFinding> all = new ArrayList<>(findings);
    all.addAll(other.findings());
    return new QualityReport(all);
  }
}
