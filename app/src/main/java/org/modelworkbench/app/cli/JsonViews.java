package org.modelworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.RunInfo;

/**
 * The JSON shape of each domain object on the command line. Keys are stable: scripts rely on them.
 */
final class JsonViews {
  private JsonViews() {}

  static Map<String, Object> dataset(DatasetInfo d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("name", d.name());
    m.put("version", d.version());
    m.put("source", d.sourceFile());
    m.put("sha256", d.sha256());
    m.put("rows", d.rows());
    m.put("rejected", d.rejectedRows());
    m.put("importedAt", d.importedAt().toString());
    m.put("charset", d.charset());
    List<Object> columns = new ArrayList<>();
    for (ColumnProfile c : d.columns()) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("name", c.name());
      col.put("type", c.type().label());
      col.put("missing", c.missing());
      col.put("distinct", c.distinct());
      col.put("min", number(c.min()));
      col.put("max", number(c.max()));
      col.put("mean", number(c.mean()));
      columns.add(col);
    }
    m.put("columns", columns);
    return m;
  }

  static List<Object> rejected(List<RejectedRow> rows) {
    List<Object> out = new ArrayList<>();
    for (RejectedRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", r.line());
      m.put("reason", r.reason());
      m.put("content", r.content());
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> run(RunInfo r, ModelInfo model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runId", r.id());
    m.put("status", r.status().label());
    m.put("dataset", r.datasetName());
    m.put("datasetVersion", r.datasetVersion());
    m.put("datasetId", r.datasetId());
    m.put("target", r.target());
    m.put("task", r.task() == null ? null : r.task().label());
    m.put("model", r.kindLabel().isEmpty() ? null : r.kindLabel());
    m.put("route", r.route());
    m.put("modelName", model == null ? null : model.name());
    m.put("seed", r.seed());
    m.put("device", device(r.device()));
    m.put("hyperparameters", r.hyperparameters());
    m.put("versions", r.versions());
    m.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
    m.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
    m.put("error", r.error());
    m.put("metrics", r.testMetrics() == null ? null : metrics(r.testMetrics()));
    return m;
  }

  static Map<String, Object> device(DeviceInfo d) {
    if (d == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requested", d.requested());
    m.put("id", d.id());
    m.put("name", d.name());
    m.put("memoryBytes", d.memoryBytes());
    m.put("note", d.note());
    return m;
  }

  static Map<String, Object> model(ModelInfo model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", model.id());
    m.put("name", model.name());
    m.put("kind", model.kind());
    m.put("engine", model.engine());
    m.put("task", model.task() == null ? null : model.task().label());
    m.put("path", model.path());
    m.put("baseModelId", model.baseModelId());
    m.put("runId", model.runId());
    m.put("datasetId", model.datasetId());
    m.put("createdAt", model.createdAt() == null ? null : model.createdAt().toString());
    return m;
  }

  static Map<String, Object> evaluation(EvaluationInfo e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("evaluationId", e.id());
    m.put("runId", e.runId());
    m.put("modelId", e.modelId());
    m.put("datasetId", e.datasetId());
    m.put("split", e.split());
    m.put("metrics", metrics(e.metrics()));
    return m;
  }

  static Map<String, Object> metrics(Metrics metrics) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (metrics instanceof ClassificationMetrics c) {
      m.put("accuracy", number(c.accuracy()));
      m.put("macro_f1", number(c.macroF1()));
      m.put("roc_auc", number(c.rocAuc()));
      m.put("log_loss", number(c.logLoss()));
      Map<String, Object> confusion = new LinkedHashMap<>();
      confusion.put("labels", c.labels());
      confusion.put("matrix", c.confusionMatrix());
      m.put("confusion_matrix", confusion);
      List<Object> perClass = new ArrayList<>();
      for (ClassMetrics k : c.perClass()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", k.label());
        row.put("precision", number(k.precision()));
        row.put("recall", number(k.recall()));
        row.put("f1", number(k.f1()));
        row.put("support", k.support());
        perClass.add(row);
      }
      m.put("per_class", perClass);
    } else if (metrics instanceof RegressionMetrics r) {
      m.put("rmse", number(r.rmse()));
      m.put("mae", number(r.mae()));
      m.put("r2", number(r.r2()));
    }
    m.put("count", metrics.count());
    return m;
  }

  /** JSON has no NaN or infinity: those become null. */
  static Double number(Double v) {
    return v == null || v.isNaN() || v.isInfinite() ? null : v;
  }
}
