package org.modelworkbench.app.desktop.dataset;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;

/**
 * The quality tab's state: the dataset's stored data-quality findings, and once checked, the
 * findings for the chosen target too. Reads and checks run in the background.
 */
public final class QualityFindings {
  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ObservableStringValue target;
  private final ObservableList<QualityFinding> findings = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper serious = new ReadOnlyIntegerWrapper(this, "serious");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked");
  private long generation;

  /**
   * Creates the state; call {@link #loadStored()} and, when the tab is opened, {@link #check()}.
   *
   * @param runner runs the reads and checks
   * @param workbench the open project
   * @param dataset the dataset version
   * @param target the chosen target column (may hold null); a change re-checks once checked
   */
  public QualityFindings(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset,
      ObservableStringValue target) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
    this.target = target;
    target.addListener((obs, old, column) -> {
      if (checked.get()) {
        check();
      }
    });
  }

  /** Reads the findings stored with the dataset, if it has any, without checking it now. */
  public void loadStored() {
    long mine = generation;
    runner.job("Read the quality findings of " + dataset.name(),
        context -> workbench.get().quality().storedReport(dataset))
        .hidden()
        .onSuccess(report -> {
          if (mine == generation && !checked.get()) {
            report.ifPresentOrElse(this::show, () -> message.set("The data quality of "
                + Formats.count(dataset.rows()) + " rows has not been checked yet; it is checked when you open this tab."));
          }
        })
        .start();
  }

  /** Checks the dataset, and the chosen target when there is one (not twice for the same target). */
  public void check() {
    long mine = ++generation;
    String column = target.get();
    message.set("Checking the data quality of " + Formats.count(dataset.rows()) + " rows…");
    runner.job("Check the data quality of " + dataset.name(), context -> report(column))
        .hidden()
        .onSuccess(report -> {
          if (mine == generation) {
            checked.set(true);
            show(report);
          }
        })
        .onError(error -> {
          if (mine == generation) {
            message.set(ErrorText.plainMessage(error));
          }
        })
        .start();
  }

  private QualityReport report(String column) {
    Workbench open = workbench.get();
    if (column == null || column.isBlank() || dataset.column(column).isEmpty()) {
      return open.quality().datasetReport(dataset);
    }
    Task task;
    try {
      task = open.training().validate(TrainRequest.of(dataset, TrainingSettings.defaults(column)));
    } catch (WorkbenchException e) {
      return open.quality().datasetReport(dataset);
    }
    return open.quality().forTarget(dataset, column, task, List.of());
  }

  private void show(QualityReport report) {
    findings.setAll(report.findings().stream()
        .sorted(Comparator.comparing(QualityFinding::severity).reversed()).toList());
    serious.set(report.serious().size());
    message.set(report.findings().isEmpty() ? "No findings: nothing in the data needs your attention."
        : report.findings().size() + (report.findings().size() == 1 ? " finding" : " findings")
            + (serious.get() == 0 ? "." : ", " + serious.get() + " serious.")
            + (target.get() == null || target.get().isBlank() ? "" : " For the target " + target.get() + "."));
  }

  /** The findings, most serious first. */
  public ObservableList<QualityFinding> findings() {
    return findings;
  }

  /** How many findings are serious. */
  public ReadOnlyIntegerProperty seriousProperty() {
    return serious.getReadOnlyProperty();
  }

  /** One sentence about the findings, or what is being done. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the dataset was checked in this view (not just its stored findings read). */
  public ReadOnlyBooleanProperty checkedProperty() {
    return checked.getReadOnlyProperty();
  }
}
