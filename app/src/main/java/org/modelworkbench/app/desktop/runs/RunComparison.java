package org.modelworkbench.app.desktop.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;

/**
 * Two or more runs side by side: every setting with a flag when the runs differ on it, every
 * headline metric with its delta to the first run and the best run marked, and each run's curve.
 */
public final class RunComparison {
  /** Settings already shown from the run itself, not repeated from the hyperparameters. */
  private static final Set<String> SHOWN_ELSEWHERE = Set.of("target", "task", "model", "device");

  /**
   * One setting across the runs.
   *
   * @param name the setting's readable name
   * @param values its value in each run, in run order
   * @param differs whether the runs do not all agree
   */
  public record ParameterRow(String name, List<String> values, boolean differs) {}

  /**
   * One metric across the runs.
   *
   * @param key the metric key
   * @param values its value in each run (null when a run has none)
   * @param deltas each value minus the first run's (null when either is missing)
   * @param best the index of the one best run on it, or -1 (no values, or a tie)
   */
  public record MetricRow(String key, List<Double> values, List<Double> deltas, int best) {
    /** The metric's readable name. */
    public String label() {
      return MetricNames.label(key);
    }
  }

  private final List<RunInfo> runs;
  private final List<ParameterRow> parameters;
  private final List<MetricRow> metrics;
  private final Map<Long, List<EpochMetrics>> curves;

  private RunComparison(List<RunInfo> runs, List<ParameterRow> parameters, List<MetricRow> metrics,
      Map<Long, List<EpochMetrics>> curves) {
    this.runs = List.copyOf(runs);
    this.parameters = List.copyOf(parameters);
    this.metrics = List.copyOf(metrics);
    this.curves = Map.copyOf(curves);
  }

  /**
   * Compares runs.
   *
   * @param runs the runs, the first being the reference for deltas
   * @param curves each run's curve by run id (missing ones count as empty)
   */
  public static RunComparison of(List<RunInfo> runs, Map<Long, List<EpochMetrics>> curves) {
    List<ParameterRow> parameters = new ArrayList<>();
    parameters.add(row("Dataset", runs, r -> Formats.datasetVersion(r.datasetName(), r.datasetVersion())));
    parameters.add(row("Target", runs, RunInfo::target));
    parameters.add(row("Task", runs, r -> r.task() == null ? "" : r.task().label()));
    parameters.add(row("Model", runs, RunInfo::kindLabel));
    parameters.add(row("Device", runs, r -> new RunRow(r).device()));
    parameters.add(row("Status", runs, r -> r.status().label()));
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(r.hyperparameters().keySet()));
    for (String key : keys) {
      if (!SHOWN_ELSEWHERE.contains(key)) {
        parameters.add(row(MetricNames.parameter(key), runs, r -> settingText(key, r.hyperparameters().getOrDefault(key, ""))));
      }
    }
    Set<String> metricKeys = new LinkedHashSet<>();
    runs.stream().filter(r -> r.testMetrics() != null).forEach(r -> metricKeys.addAll(r.testMetrics().headline().keySet()));
    List<MetricRow> metrics = new ArrayList<>();
    for (String key : metricKeys) {
      List<Double> values = runs.stream().map(r -> new RunRow(r).metric(key)).toList();
      if (values.stream().allMatch(v -> v == null)) {
        continue;
      }
      metrics.add(metricRow(key, values));
    }
    Map<Long, List<EpochMetrics>> known = new LinkedHashMap<>();
    runs.forEach(r -> known.put(r.id(), List.copyOf(curves.getOrDefault(r.id(), List.of()))));
    return new RunComparison(runs, parameters, metrics, known);
  }

  private static ParameterRow row(String name, List<RunInfo> runs, java.util.function.Function<RunInfo, String> value) {
    List<String> values = runs.stream().map(r -> {
      String v = value.apply(r);
      return v == null ? "" : v;
    }).toList();
    return new ParameterRow(name, values, new LinkedHashSet<>(values).size() > 1);
  }

  private static MetricRow metricRow(String key, List<Double> values) {
    Double first = values.get(0);
    List<Double> deltas = new ArrayList<>();
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      deltas.add(first == null || v == null ? null : v - first);
      if (v == null) {
        continue;
      }
      if (best < 0 || better(key, v, values.get(best))) {
        best = i;
        tie = false;
      } else if (v.equals(values.get(best))) {
        tie = true;
      }
    }
    return new MetricRow(key, values, deltas, tie ? -1 : best);
  }

  private static boolean better(String key, double a, double b) {
    return MetricNames.lowerIsBetter(key) ? a < b : a > b;
  }

  /** The runs, in the order given. */
  public List<RunInfo> runs() {
    return runs;
  }

  /** Every setting. */
  public List<ParameterRow> parameters() {
    return parameters;
  }

  /** Only the settings on which the runs differ. */
  public List<ParameterRow> differences() {
    return parameters.stream().filter(ParameterRow::differs).toList();
  }

  /** Every headline metric that at least one run has. */
  public List<MetricRow> metrics() {
    return metrics;
  }

  /** A run's curve. */
  public List<EpochMetrics> curve(long runId) {
    return curves.getOrDefault(runId, List.of());
  }

  /** A setting as shown: a learning rate recorded as "3.0E-4" shows as "0.0003", a device asked for as "cpu" as "CPU". */
  public static String settingText(String key, String value) {
    if ("device".equals(key) && value != null && !value.isBlank()) {
      return Formats.deviceId(value);
    }
    if (!"learning_rate".equals(key) || value == null || !value.contains("E")) {
      return value;
    }
    try {
      return org.modelworkbench.model.TrainingSettings.plain(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
