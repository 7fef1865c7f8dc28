package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Values of a number, date or timestamp column far from the rest: info, with their count and the
 * most extreme one as an example.
 *
 * <p>A value is far when it lies beyond the usual Tukey fences widened from 1.5 to
 * {@value #IQR_FACTOR} interquartile ranges, {@code [Q1 - 3 IQR, Q3 + 3 IQR]}, or when its robust
 * z-score {@code 0.6745 (x - median) / MAD} exceeds {@value #MAX_ROBUST_Z} in size. Each rule
 * applies only when its spread is above zero, so a column where most values are equal reports
 * nothing rather than every other value. The measures come from {@link RobustSpread}; the count is
 * exact.
 */
final class OutlierCheck {
  /** Interquartile ranges beyond the quartiles where values count as far. */
  static final double IQR_FACTOR = 3.0;
  /** Largest robust z-score that is not far. */
  static final double MAX_ROBUST_Z = 5.0;
  /** Converts a median absolute deviation to a standard deviation for normal data. */
  private static final double MAD_TO_Z = 0.6745;

  private OutlierCheck() {}

  /** The finding for a column, if it has far values. */
  static Optional<QualityFinding> check(PrimitiveColumn column) {
    ColumnType type = column.type();
    if (!(type.isNumeric() || type == ColumnType.DATE || type == ColumnType.TIMESTAMP)) {
      return Optional.empty();
    }
    int rows = column.rowCount();
    double[] numbers = new double[rows];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      double x = column.number(r);
      if (!Double.isNaN(x)) {
        numbers[count++] = x;
      }
    }
    if (count < 3) {
      return Optional.empty();
    }
    RobustSpread spread = RobustSpread.of(numbers, count);
    double iqr = spread.iqr();
    double low = iqr > 0 ? spread.q1() - IQR_FACTOR * iqr : Double.NEGATIVE_INFINITY;
    double high = iqr > 0 ? spread.q3() + IQR_FACTOR * iqr : Double.POSITIVE_INFINITY;
    double maxDistance = spread.mad() > 0 ? MAX_ROBUST_Z * spread.mad() / MAD_TO_Z : Double.POSITIVE_INFINITY;
    long far = 0;
    int exampleRow = -1;
    double exampleDistance = -1;
    for (int r = 0; r < rows; r++) {
      double x = column.number(r);
      if (Double.isNaN(x)) {
        continue;
      }
      double distance = Math.abs(x - spread.median());
      if (x < low || x > high || distance > maxDistance) {
        far++;
        if (distance > exampleDistance) {
          exampleDistance = distance;
          exampleRow = r;
        }
      }
    }
    if (far == 0) {
      return Optional.empty();
    }
    String name = column.schema().name();
    String message = Wording.name(name) + " has " + Wording.count(far) + (far == 1 ? " value" : " values")
        + " far from the rest (for example " + Wording.value(column.value(exampleRow)) + "). Check"
        + " whether they are typing errors or placeholders such as 999999; the model uses them as they are.";
    return Optional.of(new QualityFinding(Severity.INFO, QualityCodes.OUTLIERS, name, message, far));
  }
}
