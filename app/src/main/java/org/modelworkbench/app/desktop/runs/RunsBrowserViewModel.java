package org.modelworkbench.app.desktop.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.Workbench;

/**
 * State of the runs browser: the rows, the selected runs, and the comparison of the selected
 * runs once asked for (their curves are read in the background).
 */
public final class RunsBrowserViewModel {
  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
  private final ObservableList<RunInfo> selected = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
  private final BooleanBinding canCompare = Bindings.size(selected).greaterThanOrEqualTo(2);

  /**
   * Creates the view model.
   *
   * @param runner reads curves in the background
   * @param workbench the open project
   */
  public RunsBrowserViewModel(JobRunner runner, Supplier<Workbench> workbench) {
    this.runner = runner;
    this.workbench = workbench;
  }

  /** Replaces the runs shown (newest first, as the catalogue lists them). */
  public void setRuns(List<RunInfo> runs) {
    rows.setAll(runs.stream().map(RunRow::new).toList());
  }

  /** Compares the selected runs, oldest first so deltas read as "what changed since". */
  public void compareSelected() {
    if (selected.size() < 2) {
      return;
    }
    List<RunInfo> runs = selected.stream().sorted(java.util.Comparator.comparingLong(RunInfo::id)).toList();
    runner.job("Compare runs " + runs.stream().map(r -> Long.toString(r.id())).reduce((a, b) -> a + ", " + b).orElse(""),
        context -> {
          Map<Long, List<EpochMetrics>> curves = new LinkedHashMap<>();
          for (RunInfo run : runs) {
            curves.put(run.id(), workbench.get().catalog().curve(run.id()));
          }
          return RunComparison.of(runs, curves);
        }).hidden().onSuccess(comparison::set).start();
  }

  /** Leaves the comparison. */
  public void closeComparison() {
    comparison.set(null);
  }

  /** Every run as a table row. */
  public ObservableList<RunRow> rows() {
    return rows;
  }

  /** The runs selected in the table. */
  public ObservableList<RunInfo> selected() {
    return selected;
  }

  /** Whether two or more runs are selected. */
  public BooleanBinding canCompareBinding() {
    return canCompare;
  }

  /** The comparison shown, or null. */
  public ReadOnlyObjectProperty<RunComparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }
}
