package org.modelworkbench.app.desktop.main;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.dataset.DatasetExporter;
import org.modelworkbench.app.desktop.dataset.DatasetView;
import org.modelworkbench.app.desktop.dataset.DatasetViewModel;
import org.modelworkbench.app.desktop.gallery.ImageGalleryViewModel;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.models.ModelDetailsView;
import org.modelworkbench.app.desktop.models.ModelDetailsViewModel;
import org.modelworkbench.app.desktop.models.EncoderRow;
import org.modelworkbench.app.desktop.models.ModelsView;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.app.desktop.run.RunView;
import org.modelworkbench.app.desktop.run.RunViewModel;
import org.modelworkbench.app.desktop.runs.RunsBrowserView;
import org.modelworkbench.app.desktop.runs.RunsBrowserViewModel;
import org.modelworkbench.app.desktop.training.TrainingMonitorView;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;

/**
 * The centre of the window: shows the view of the selected sidebar item, or the live monitor of a
 * run being trained. A view is rebuilt only when the selection really changed.
 */
final class ContentArea {
  /** The built-in text encoders: the same in every project, so listed once. */
  private static final List<EncoderRow> BUILT_IN_ENCODERS = new TextEncoderLibrary().builtIn().stream()
      .map(EncoderRow::of).toList();
  private final StackPane root = new StackPane();
  private final MainViewModel model;
  private final JobRunner runner;
  private final Notifier notifier;
  private final FileDialogs files;
  private final Supplier<Window> owner;
  private final WindowActions actions;
  private final RunsBrowserViewModel runsModel;
  private final RunsBrowserView runsView;
  private final Map<Long, TrainingMonitorView> monitors = new HashMap<>();
  private final Node welcome;
  private String currentKey = "";
  private DatasetView datasetView;
  private RunView runView;

  ContentArea(MainViewModel model, JobRunner runner, Notifier notifier, FileDialogs files, Supplier<Window> owner,
      WindowActions actions, Node welcome) {
    this.model = model;
    this.welcome = welcome;
    this.runner = runner;
    this.notifier = notifier;
    this.files = files;
    this.owner = owner;
    this.actions = actions;
    this.runsModel = new RunsBrowserViewModel(runner, () -> model.session().current());
    this.runsView = new RunsBrowserView(runsModel, run -> actions.select("run:" + run.id()));
    model.runs().addListener((ListChangeListener<RunInfo>) change -> runsModel.setRuns(model.runs()));
    root.setId("content");
    root.getStyleClass().add("content");
    showSection(SidebarItem.Kind.DATASETS);
  }

  Node node() {
    return root;
  }

  /** Shows the view of a sidebar item. */
  void show(SidebarItem item) {
    if (item == null || item.key().equals(currentKey)) {
      return;
    }
    currentKey = item.key();
    datasetView = null;
    runView = null;
    if (item instanceof SidebarItem.Section section) {
      showSection(section.kind());
    } else if (item instanceof SidebarItem.Dataset dataset) {
      showDataset(dataset.dataset());
    } else if (item instanceof SidebarItem.Model chosen) {
      showModel(chosen.model());
    } else if (item instanceof SidebarItem.Run run) {
      showRun(run.run());
    }
  }

  private void showSection(SidebarItem.Kind kind) {
    currentKey = new SidebarItem.Section(kind).key();
    switch (kind) {
      case DATASETS -> root.getChildren().setAll(DatasetsOverview.create(model, actions, welcome));
      case MODELS -> root.getChildren().setAll(new ModelsView(model.models(), BUILT_IN_ENCODERS,
          chosen -> actions.select("model:" + chosen.id()), actions::importModelFolder).node());
      case RUNS -> root.getChildren().setAll(runsView.node());
      default -> throw new IllegalStateException(kind.name());
    }
  }

  private void showDataset(DatasetInfo dataset) {
    DatasetViewModel datasetModel = new DatasetViewModel(runner, () -> model.session().current(), dataset,
        model.datasetViews());
    ImageGalleryViewModel images = ImageGalleryViewModel.forDataset(runner, () -> model.session().current(), dataset);
    DatasetExporter exporter = new DatasetExporter(runner, () -> model.session().current(), notifier, datasetModel);
    // A column read as text or as categories changes the stored version: show it as it is now.
    datasetModel.texts().setOnTypeChanged((changed, column) -> {
      showDataset(changed);
      datasetView.showColumn(column);
      model.refresh();
    });
    datasetView = new DatasetView(datasetModel, images, target -> actions.train(dataset,
        target == null ? datasetModel.suggestedTarget() : target, List.copyOf(datasetModel.leftOut())), files,
        exporter);
    root.getChildren().setAll(datasetView.node());
  }

  private void showModel(ModelInfo shown) {
    ModelDetailsViewModel details = new ModelDetailsViewModel(runner, () -> model.session().current(), notifier,
        shown);
    ModelDetailsView view = new ModelDetailsView(details, new ModelDetailsView.Actions(
        () -> List.copyOf(model.datasetVersions()), files, owner, actions::select, actions::fineTune));
    root.getChildren().setAll(view.node());
    details.load();
  }

  private void showRun(RunInfo run) {
    TrainingMonitorView monitor = monitors.get(run.id());
    if (run.status() == RunStatus.RUNNING && monitor != null) {
      root.getChildren().setAll(monitor.node());
      return;
    }
    RunViewModel runModel = new RunViewModel(runner, () -> model.session().current(), notifier, run.id());
    runView = new RunView(runModel, files, () -> List.copyOf(model.datasetVersions()), owner, actions::resume);
    root.getChildren().setAll(runView.node());
    runModel.load();
  }

  /** Shows a run being trained. */
  void showMonitor(TrainingMonitorView monitor) {
    currentKey = "monitor:" + System.identityHashCode(monitor);
    datasetView = null;
    runView = null;
    root.getChildren().setAll(monitor.node());
  }

  /** Remembers the monitor of a run, so selecting the running run shows it again. */
  void registerMonitor(long runId, TrainingMonitorView monitor) {
    monitors.put(runId, monitor);
  }

  /** Forgets the monitor of a run that ended; returns whether it was on screen. */
  boolean endMonitor(long runId, TrainingMonitorView monitor) {
    monitors.remove(runId);
    return root.getChildren().contains(monitor.node());
  }

  /** The dataset on screen, if any. */
  Optional<DatasetView> datasetView() {
    return Optional.ofNullable(datasetView);
  }

  /** The run on screen, if any. */
  Optional<RunView> runView() {
    return Optional.ofNullable(runView);
  }

  /** Forgets the current view so the next selection rebuilds (after a project switch). */
  void reset() {
    currentKey = "";
    monitors.clear();
    showSection(SidebarItem.Kind.DATASETS);
  }
}
