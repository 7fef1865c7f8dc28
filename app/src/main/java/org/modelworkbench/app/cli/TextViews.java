package org.modelworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.RunInfo;

/** Human-readable text of domain objects for the command line. */
final class TextViews {
  private TextViews() {}

  static String dataset(DatasetInfo d) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Dataset '%s' version %d: %,d rows, %d columns%s%n", d.name(),
        d.version(), d.rows(), d.columns().size(),
        d.rejectedRows() == 0 ? ""
            : ", " + d.rejectedRows() + (d.holdsImages() ? " files left out" : " rows rejected")));
    if (d.charset() != null) {
      // A wrongly detected charset shows as garbled names below; naming it says what --encoding to change.
      sb.append(String.format(Locale.ROOT, "  Charset: %s%n", d.charset()));
    }
    for (ColumnProfile c : d.columns()) {
      sb.append(String.format(Locale.ROOT, "  %-30s %-12s missing %,d  distinct %s%n", c.name(),
          c.type().label(), c.missing(), c.distinctText()));
    }
    return sb.toString().stripTrailing();
  }

  static String metrics(Metrics metrics) {
    StringBuilder sb = new StringBuilder();
    if (metrics instanceof ClassificationMetrics c) {
      sb.append(String.format(Locale.ROOT, "accuracy %.4f  macro-F1 %.4f  ROC AUC %s  log-loss %.4f  (%,d rows)%n",
          c.accuracy(), c.macroF1(), c.rocAuc() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", c.rocAuc()),
          c.logLoss(), c.count()));
      sb.append(String.format(Locale.ROOT, "  %-20s %9s %9s %9s %8s%n", "class", "precision", "recall", "F1", "support"));
      for (ClassMetrics k : c.perClass()) {
        sb.append(String.format(Locale.ROOT, "  %-20s %9.4f %9.4f %9.4f %8d%n", k.label(), k.precision(),
            k.recall(), k.f1(), k.support()));
      }
      sb.append("  confusion matrix (rows: actual, columns: predicted)\n");
      List<String> labels = c.labels();
      sb.append(String.format(Locale.ROOT, "  %-20s", ""));
      for (String l : labels) {
        sb.append(String.format(Locale.ROOT, " %8s", shorten(l, 8)));
      }
      sb.append('\n');
      for (int i = 0; i < labels.size(); i++) {
        sb.append(String.format(Locale.ROOT, "  %-20s", shorten(labels.get(i), 20)));
        for (long v : c.confusionMatrix()[i]) {
          sb.append(String.format(Locale.ROOT, " %8d", v));
        }
        sb.append('\n');
      }
    } else if (metrics instanceof RegressionMetrics r) {
      sb.append(String.format(Locale.ROOT, "RMSE %.4f  MAE %.4f  R² %.4f  (%,d rows)", r.rmse(), r.mae(), r.r2(), r.count()));
    }
    return sb.toString().stripTrailing();
  }

  static String runLine(RunInfo r) {
    String headline = "";
    if (r.testMetrics() instanceof ClassificationMetrics c) {
      headline = String.format(Locale.ROOT, "accuracy %.4f", c.accuracy());
    } else if (r.testMetrics() instanceof RegressionMetrics m) {
      headline = String.format(Locale.ROOT, "R² %.4f", m.r2());
    }
    return String.format(Locale.ROOT, "%5d  %-11s %-20s %-16s %-14s %-15s %s", r.id(), r.status().label(),
        shorten(r.datasetName() + "@" + r.datasetVersion(), 20), shorten(r.target(), 16),
        r.task() == null ? "" : r.task().label(), r.kindLabel(), headline);
  }

  static String shorten(String s, int width) {
    if (s == null) {
      return "";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
