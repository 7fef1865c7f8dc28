package org.modelworkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a dataset's data-quality check, shown to the analyst before training.
 *
 * @param severity how much it matters
 * @param code a stable lower-case identifier of the kind of finding, for example
 *     {@code "missing_values"} or {@code "target_leak"}; screens and scripts match on it
 * @param column the column concerned, or {@code null} for a finding about the whole table
 * @param message one or two plain sentences for an analyst: what was found, why it matters and
 *     what to do
 * @param count how many rows or values are concerned, or 0 when no count applies
 */
public record QualityFinding(Severity severity, String code, String column, String message, long count) {

  /** How much a finding matters. Constants are ordered from least to most serious. */
  public enum Severity {
    /** Worth knowing; nothing needs to be done. */
    INFO,
    /** Likely to make a model worse or its scores misleading; worth a look before training. */
    WARNING,
    /** Makes a model or its scores unreliable; training warns, and strict training refuses. */
    SERIOUS;

    /** The lower-case name used in JSON and on screen, for example {@code "serious"}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
      return compareTo(other) >= 0;
    }
  }

  /** Validates that severity, code and message are present and the count is not negative. */
  public QualityFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }

  /** Whether this finding is about the whole table rather than one column. */
  public boolean tableWide() {
    return column == null;
  }
}
