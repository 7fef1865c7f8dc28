package org.modelworkbench.app.desktop.main;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.dataset.DatasetViewStates;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.Workbench;

/**
 * State of the main window: the open project's datasets, models and runs, the compute devices,
 * the window title, and how each dataset's view was left. Lists are read in the background whenever the project changes or
 * something was added.
 */
public final class MainViewModel {
  /** The title's prefix. */
  public static final String APP_NAME = "Model Workbench";
  /** What the status bar says when no project is open, nor being opened. */
  public static final String NO_PROJECT = "No project open";

  private final JobRunner runner;
  private final ProjectSession session;
  private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
  private final ObservableList<DatasetInfo> datasetVersions = FXCollections.observableArrayList();
  private final ObservableList<ModelInfo> models = FXCollections.observableArrayList();
  private final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
  private final ObservableList<DeviceInfo> devices = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
  private final ReadOnlyStringWrapper projectLabel = new ReadOnlyStringWrapper(this, "projectLabel", NO_PROJECT);
  private final ReadOnlyStringWrapper deviceText = new ReadOnlyStringWrapper(this, "deviceText", "Compute: checking…");
  private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper(this, "refreshes");
  private final DatasetViewStates datasetViews = new DatasetViewStates();
  private boolean devicesLoaded;

  /**
   * Creates the model.
   *
   * @param runner runs the reads
   * @param session the open project
   */
  public MainViewModel(JobRunner runner, ProjectSession session) {
    this.runner = runner;
    this.session = session;
    // While a project opens (3-5 s for a large one) its name shows at once, with "opening".
    session.openingNameProperty().addListener((obs, old, name) -> showProjectName());
    session.workbenchProperty().addListener((obs, old, workbench) -> {
      // Dataset ids belong to one project: another project starts with fresh views.
      datasetViews.clear();
      showProjectName();
      if (workbench == null) {
        datasets.clear();
        datasetVersions.clear();
        models.clear();
        runs.clear();
      } else {
        refresh();
        loadDevices();
      }
    });
  }

  private void showProjectName() {
    String opening = session.openingNameProperty().get();
    Workbench open = session.current();
    if (!opening.isEmpty()) {
      title.set(APP_NAME + " — " + opening + " (opening…)");
      projectLabel.set("Opening " + opening + "…");
    } else {
      title.set(open == null ? APP_NAME : APP_NAME + " — " + open.projectName());
      projectLabel.set(open == null ? NO_PROJECT : open.projectName());
    }
  }

  /** Reads the datasets, models and runs of the open project again. */
  public void refresh() {
    Workbench workbench = session.current();
    if (workbench == null) {
      return;
    }
    runner.job("Read project", context -> new Lists(workbench.datasets().list(),
            Formats.latestVersionsFirst(workbench.datasets().listAllVersions()), workbench.catalog().models(),
            workbench.catalog().runs()))
        .hidden()
        .onSuccess(lists -> {
          if (workbench != session.current()) {
            return;
          }
          datasets.setAll(lists.datasets());
          datasetVersions.setAll(lists.versions());
          models.setAll(lists.models());
          runs.setAll(lists.runs());
          refreshes.set(refreshes.get() + 1);
        })
        .start();
  }

  private void loadDevices() {
    Workbench workbench = session.current();
    if (devicesLoaded || workbench == null) {
      return;
    }
    devicesLoaded = true;
    runner.job("Find compute devices", context -> workbench.training().availableDevices())
        .hidden()
        .onSuccess(found -> {
          devices.setAll(found);
          deviceText.set(deviceText(found));
        })
        .onError(error -> deviceText.set("Compute: CPU (no engine found: " + error.getMessage() + ")"))
        .start();
  }

  /** "Compute: CPU" or "Compute: GPU NVIDIA … (+ CPU)". */
  static String deviceText(List<DeviceInfo> devices) {
    List<DeviceInfo> gpus = devices.stream().filter(d -> d.id() != null && d.id().startsWith("gpu")).toList();
    if (gpus.isEmpty()) {
      return "Compute: CPU";
    }
    return "Compute: " + gpus.get(0).name() + (gpus.size() > 1 ? " and " + (gpus.size() - 1) + " more GPU" : "");
  }

  /** The session. */
  public ProjectSession session() {
    return session;
  }

  /** How each dataset's view was left in this session (sort, filter, left-out columns). */
  public DatasetViewStates datasetViews() {
    return datasetViews;
  }

  /** The latest version of every dataset. */
  public ObservableList<DatasetInfo> datasets() {
    return datasets;
  }

  /**
   * Every version of every dataset, by name with each dataset's newest version first: what the
   * evaluate dialogs offer, so a model can score this month's data and older months'.
   */
  public ObservableList<DatasetInfo> datasetVersions() {
    return datasetVersions;
  }

  /** Every model. */
  public ObservableList<ModelInfo> models() {
    return models;
  }

  /** Every run, newest first. */
  public ObservableList<RunInfo> runs() {
    return runs;
  }

  /** The compute devices. */
  public ObservableList<DeviceInfo> devices() {
    return devices;
  }

  /** "Model Workbench — project". */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /**
   * The project for the status bar: its name, "Opening Loans 2025…" while it opens, or
   * {@value #NO_PROJECT}.
   */
  public ReadOnlyStringProperty projectLabelProperty() {
    return projectLabel.getReadOnlyProperty();
  }

  /** The compute device for the status bar. */
  public ReadOnlyStringProperty deviceTextProperty() {
    return deviceText.getReadOnlyProperty();
  }

  /** How many times the lists were read; goes up after each refresh. */
  public ReadOnlyIntegerProperty refreshesProperty() {
    return refreshes.getReadOnlyProperty();
  }

  private record Lists(List<DatasetInfo> datasets, List<DatasetInfo> versions, List<ModelInfo> models, List<RunInfo> runs) {}
}
