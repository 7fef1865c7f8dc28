package org.modelworkbench.benchmarks.performance;

import java.util.List;

/**
 * One comparison of the benchmark: it makes or reuses its data through the {@link BenchContext},
 * measures the workbench and its peer alternately, and gives its rows of the final table. A new
 * comparison is a new implementation listed in {@link PerformanceBenchmark}.
 */
public interface Comparison {
  /** A short title for the log, e.g. "tabular training". */
  String title();

  /** The floor of the comparison's main row, in the ratio the table shows. */
  double floor();

  /**
   * The rows this comparison gives when it cannot run at all, so a broken comparison still shows
   * (and counts as a missed floor) in the table: by default one row, its title at its floor.
   */
  default List<ResultRow> failedRows() {
    return List.of(ResultRow.failed(title(), floor()));
  }

  /**
   * Runs both sides.
   *
   * @param context data, folders, the command lines and the load watch
   * @return the comparison's rows
   * @throws Exception when a side fails; the benchmark then shows {@link #failedRows()}
   */
  List<ResultRow> run(BenchContext context) throws Exception;
}
