package org.modelworkbench.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metrics of a regression model.
 *
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param r2 coefficient of determination
 * @param count rows scored
 */
public record RegressionMetrics(double rmse, double mae, double r2, long count) implements Metrics {
  @Override
  public Task task() {
    return Task.REGRESSION;
  }

  @Override
  public Map<String, Double> headline() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("rmse", rmse);
    m.put("mae", mae);
    m.put("r2", r2);
    return m;
  }
}
