package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Features of a number target that move almost exactly with it: serious when the size of their
 * (Pearson) correlation with the target is at least {@value #MIN_CORRELATION}, which usually means
 * the feature is computed from the target or only known after it. Numbers, dates, timestamps and
 * true/false columns are checked, over rows where both cells are filled; large tables on a sample
 * of {@value RowSample#LIMIT} rows.
 */
final class RegressionLeakCheck {
  /** Size of correlation from which a feature counts as a leak. */
  static final double MIN_CORRELATION = 0.98;

  private RegressionLeakCheck() {}

  /** The leak findings for every feature of the table. */
  static List<QualityFinding> check(ColumnSource table, int target) {
    PrimitiveColumn targetColumn = table.column(target);
    List<QualityFinding> findings = new ArrayList<>();
    int[] all = new int[table.rowCount()];
    int filled = 0;
    for (int r = 0; r < all.length; r++) {
      if (!Double.isNaN(DataTable.toDouble(targetColumn.value(r)))) {
        all[filled++] = r;
      }
    }
    all = Arrays.copyOf(all, filled);
    int[] rows = RowSample.of(all, RowSample.LIMIT);
    String targetName = table.columns().get(target).name();
    for (int c = 0; c < table.columns().size(); c++) {
      ColumnType type = table.columns().get(c).type();
      if (c == target || type.holdsStrings()) {
        continue;
      }
      double r = correlation(table.column(c), targetColumn, rows);
      if (Math.abs(r) >= MIN_CORRELATION) {
        String feature = table.columns().get(c).name();
        String message = Wording.name(feature) + " moves almost exactly with " + Wording.name(targetName)
            + " (correlation " + String.format(Locale.ROOT, "%.2f", r) + Wording.sampleNote(rows.length, all.length)
            + "). It is probably computed from it or only known after it; exclude it from training.";
        findings.add(new QualityFinding(Severity.SERIOUS, QualityCodes.TARGET_LEAK, feature, message, 0));
      }
    }
    return findings;
  }

  /** The correlation over rows where both are filled, or 0 with too few rows or no spread. */
  private static double correlation(PrimitiveColumn feature, PrimitiveColumn target, int[] rows) {
    long n = 0;
    double meanX = 0;
    double meanY = 0;
    double cxx = 0;
    double cyy = 0;
    double cxy = 0;
    for (int row : rows) {
      double x = DataTable.toDouble(feature.value(row));
      if (Double.isNaN(x)) {
        continue;
      }
      double y = DataTable.toDouble(target.value(row));
      n++;
      double dx = x - meanX;
      meanX += dx / n;
      double dy = y - meanY;
      meanY += dy / n;
      cxx += dx * (x - meanX);
      cyy += dy * (y - meanY);
      cxy += dx * (y - meanY);
    }
    if (n < LeakRule.MIN_ROWS || cxx <= 0 || cyy <= 0) {
      return 0;
    }
    return cxy / Math.sqrt(cxx * cyy);
  }
}
