package org.modelworkbench.app.desktop.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.ControlsFxNotifier;
import org.modelworkbench.app.desktop.common.ErrorDialog;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;
import org.modelworkbench.app.desktop.common.FxFileDialogs;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.dropimport.DropRules;
import org.modelworkbench.app.desktop.dropimport.DropTarget;
import org.modelworkbench.app.desktop.dropimport.ImportQueue;
import org.modelworkbench.app.desktop.dropimport.VersionDialog;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.jobs.JobsPanel;
import org.modelworkbench.app.desktop.jobs.JobsSummary;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.app.desktop.project.StartupProject;
import org.modelworkbench.app.desktop.training.TrainDialog;
import org.modelworkbench.app.desktop.training.TrainFormViewModel;
import org.modelworkbench.app.desktop.training.TrainingMonitorView;
import org.modelworkbench.app.desktop.training.TrainingMonitorViewModel;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.training.TrainRequest;

/**
 * The main window: menu, sidebar, content, jobs panel and status bar, with files taken by drop
 * anywhere on it. It wires the view models together and owns nothing but layout and navigation.
 */
public final class MainWindow implements WindowActions {
  /** The stylesheet of the window, beside this package's resources. */
  public static final String STYLESHEET = "/org/modelworkbench/app/desktop/workbench.css";

  private final DesktopSettings settings;
  private final JobRunner runner;
  private final WindowHolder window;
  private final Notifier notifier;
  private final FileDialogs files;
  private final ProjectSession session;
  private final MainViewModel model;
  private final ImportQueue imports;
  private final DropTarget dropTarget;
  private Sidebar sidebar;
  private ContentArea content;
  private StatusBarView statusBar;
  private SplitPane centre;
  private Node jobsPanel;
  private Stage stage;
  private String pendingSelection;
  private TrainDialog trainDialog;

  /**
   * Creates the window with its own notifications and file choosers.
   *
   * @param settings where things are
   * @param runner the background jobs
   */
  public static MainWindow standard(DesktopSettings settings, JobRunner runner) {
    WindowHolder holder = new WindowHolder();
    return new MainWindow(settings, runner, new ControlsFxNotifier(holder), new FxFileDialogs(holder), holder);
  }

  /**
   * Creates the window with the given notifier and file dialogs (tests answer the choosers).
   *
   * @param settings where things are
   * @param runner the background jobs
   * @param notifier shows short messages
   * @param files asks for files and folders
   */
  public MainWindow(DesktopSettings settings, JobRunner runner, Notifier notifier, FileDialogs files) {
    this(settings, runner, notifier, files, new WindowHolder());
  }

  private MainWindow(DesktopSettings settings, JobRunner runner, Notifier notifier, FileDialogs files,
      WindowHolder holder) {
    this.settings = settings;
    this.runner = runner;
    this.window = holder;
    this.notifier = notifier;
    this.files = files;
    this.session = new ProjectSession(runner, settings.recent(), settings.samplesDir());
    this.model = new MainViewModel(runner, session);
    DropRules rules = new DropRules();
    this.imports = new ImportQueue(runner, session::current, notifier, rules, outcome -> {
      pendingSelection = "dataset:" + outcome.dataset().id();
      model.refresh();
    });
    this.imports.onModelImported(model::refresh);
    this.imports.askVersionWith(new VersionDialog(holder));
    this.dropTarget = new DropTarget(rules, this::importFiles);
    runner.setDefaultErrorHandler((heading, error) -> ErrorDialog.show(stage, heading, error));
    session.setNotices(text -> notifier.info("Model Workbench", text));
  }

  /** Builds the scene, shows the window and opens the first project. */
  public void show(Stage target) {
    this.stage = target;
    window.set(target);
    sidebar = new Sidebar(model);
    content = new ContentArea(model, runner, notifier, files, window, this);
    sidebar.selectedProperty().addListener((obs, old, item) -> content.show(item));
    model.refreshesProperty().addListener((obs, old, count) -> applyPendingSelection());
    session.workbenchProperty().addListener((obs, old, workbench) -> content.reset());
    JobsSummary summary = new JobsSummary(runner);
    statusBar = new StatusBarView(model, summary);
    jobsPanel = new JobsPanel(runner, this::showJobError, () -> statusBar.jobsToggle().setSelected(false)).node();
    statusBar.jobsToggle().selectedProperty().addListener((obs, old, on) -> showJobs(on));
    summary.failedProperty().addListener((obs, old, failed) -> {
      if (failed.intValue() > old.intValue()) {
        statusBar.jobsToggle().setSelected(true);
      }
    });

    centre = new SplitPane(content.node());
    centre.setOrientation(Orientation.VERTICAL);
    SplitPane main = new SplitPane(sidebar.node(), centre);
    main.setDividerPositions(0.21);
    SplitPane.setResizableWithParent(sidebar.node(), false);
    BorderPane layout = new BorderPane(main);
    layout.setTop(MainMenu.create(new Commands(), session.recentProjects()));
    layout.setBottom(statusBar.node());
    StackPane root = new StackPane(layout, dropOverlay());
    root.setId("window-root");
    dropTarget.install(root);

    double[] size = windowSize(System.getProperty("workbench.window", "1280x800"));
    Scene scene = new Scene(root, size[0], size[1]);
    scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
    target.setScene(scene);
    target.titleProperty().bind(model.titleProperty());
    target.setMinWidth(900);
    target.setMinHeight(600);
    target.show();
    StartupProject first = StartupProject.choose(settings.projectArgument(), settings.recent(), settings.sampleProject());
    openProject(first.project(), first.sample());
  }

  /** The first window size from "WIDTHxHEIGHT", 1280x800 when unreadable. */
  static double[] windowSize(String text) {
    String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      return new double[] {Math.max(900, Double.parseDouble(parts[0])), Math.max(600, Double.parseDouble(parts[1]))};
    } catch (RuntimeException e) {
      return new double[] {1280, 800};
    }
  }

  private Node dropOverlay() {
    Label text = new Label("Drop the files to import them");
    text.setGraphic(Icons.of(Material2AL.FILE_UPLOAD, 40));
    text.getStyleClass().add("drop-overlay-text");
    VBox box = new VBox(text);
    box.getStyleClass().add("drop-overlay");
    box.setAlignment(javafx.geometry.Pos.CENTER);
    box.setMouseTransparent(true);
    box.visibleProperty().bind(dropTarget.activeProperty());
    box.setId("drop-overlay");
    return box;
  }

  /** Opens a project folder in the background. */
  public Job openProject(Path folder, boolean fillWithSamples) {
    return session.open(folder, fillWithSamples);
  }

  /** Imports files as queued jobs (what a drop does). */
  public List<Job> importFiles(List<Path> dropped) {
    return imports.importFiles(dropped);
  }

  @Override
  public void importWithChooser() {
    List<Path> chosen = files.openFiles("Import data", FileType.DATA);
    if (!chosen.isEmpty()) {
      importFiles(chosen);
    }
  }

  @Override
  public void train(DatasetInfo dataset, String target) {
    train(dataset, target, List.of());
  }

  /**
   * Opens the train dialog for a dataset with a proposed target and columns already left out.
   *
   * @param dataset the dataset to train on
   * @param target the proposed target, or null
   * @param excluded the columns to leave out at first (the analyst can change them)
   */
  @Override
  public void train(DatasetInfo dataset, String target, List<String> excluded) {
    openTrainDialog(dataset, target, excluded, null);
  }

  @Override
  public void fineTune(DatasetInfo dataset, String target, String baseModel) {
    openTrainDialog(dataset, target, List.of(), baseModel);
  }

  private void openTrainDialog(DatasetInfo dataset, String target, List<String> excluded, String baseModel) {
    if (session.current() == null) {
      return;
    }
    TrainFormViewModel form = new TrainFormViewModel(runner, session::current, dataset, List.copyOf(model.models()),
        List.copyOf(model.devices()), target);
    TrainDialog dialog = new TrainDialog(stage, form);
    // After the dialog exists, so its "Leave out" box shows them checked.
    form.excluded().setAll(excluded);
    if (baseModel != null) {
      form.baseModelProperty().set(baseModel);
    }
    trainDialog = dialog;
    dialog.setOnHidden(event -> {
      trainDialog = null;
      TrainRequest chosen = dialog.getResult();
      if (chosen != null) {
        startTraining(chosen);
      }
    });
    dialog.show();
  }

  private void startTraining(TrainRequest chosen) {
    showMonitor(new TrainingMonitorViewModel(runner, session::current, chosen, System::nanoTime));
  }

  @Override
  public void resume(RunInfo run) {
    if (session.current() != null) {
      showMonitor(TrainingMonitorViewModel.resuming(runner, session::current, run, System::nanoTime));
    }
  }

  /** Shows a run training live and keeps the sidebar and content in step with it. */
  private void showMonitor(TrainingMonitorViewModel monitor) {
    TrainingMonitorView view = new TrainingMonitorView(monitor, run -> select("run:" + run.id()));
    monitor.runIdProperty().addListener((obs, old, id) -> {
      if (id != null && monitor.resultProperty().get() == null) {
        content.registerMonitor(id, view);
        pendingSelection = "run:" + id;
        model.refresh();
      }
    });
    monitor.setOnFinished(run -> {
      if (content.endMonitor(run.id(), view)) {
        pendingSelection = "run:" + run.id();
      }
      model.refresh();
    });
    content.showMonitor(view);
    monitor.start();
  }

  @Override
  public void select(String identity) {
    if (!sidebar.select(identity)) {
      pendingSelection = identity;
      model.refresh();
    }
  }

  private void applyPendingSelection() {
    if (pendingSelection != null && sidebar.select(pendingSelection)) {
      pendingSelection = null;
    }
  }

  private void showJobs(boolean on) {
    if (on && !centre.getItems().contains(jobsPanel)) {
      centre.getItems().add(jobsPanel);
      centre.setDividerPositions(0.72);
    } else if (!on) {
      centre.getItems().remove(jobsPanel);
    }
  }

  private void showJobError(Job job) {
    ErrorDialog.show(stage, job.title() + " did not finish", job.getError());
  }

  /** The dataset to train on: the one on screen, the run's on screen, or the first one. */
  private Optional<DatasetInfo> datasetForTraining() {
    Optional<DatasetInfo> shown = content.datasetView().map(view -> view.model().dataset());
    if (shown.isPresent()) {
      return shown;
    }
    Optional<RunInfo> run = content.runView().map(view -> view.model().runProperty().get());
    if (run.isPresent() && run.get() != null) {
      long id = run.get().datasetId();
      Optional<DatasetInfo> same = model.datasets().stream().filter(d -> d.id() == id).findFirst();
      if (same.isPresent()) {
        return same;
      }
    }
    return model.datasets().stream().findFirst();
  }

  private void trainFromMenu() {
    Optional<DatasetInfo> dataset = datasetForTraining();
    if (dataset.isEmpty()) {
      info("Import a dataset first", "Drop a CSV file on the window (or use File ▸ Import…), then train a model on it.");
      return;
    }
    String target = content.datasetView().map(view -> view.model().targetProperty().get()).orElse(null);
    if (target == null) {
      Optional<RunInfo> run = content.runView().map(view -> view.model().runProperty().get());
      target = run.filter(r -> r != null && r.datasetId() == dataset.get().id()).map(RunInfo::target).orElse(null);
    }
    // The columns left out in the dataset's view, whether it is on screen or was left earlier.
    List<String> excluded = model.datasetViews().of(dataset.get().id()).map(DatasetViewState::leftOut)
        .orElse(List.of());
    train(dataset.get(), target != null ? target
        : org.modelworkbench.app.desktop.dataset.DatasetViewModel.suggestedTarget(dataset.get()), excluded);
  }

  private void info(String header, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
    alert.initOwner(stage);
    alert.setHeaderText(header);
    alert.setTitle("Model Workbench");
    alert.show();
  }

  /** Closes the project and stops the jobs (the window is closing). */
  public void close() {
    session.closeNow();
  }

  /** The window's state. */
  public MainViewModel model() {
    return model;
  }

  /** The stage, once shown. */
  public Stage stage() {
    return stage;
  }

  /** The train dialog while it is open, or null. */
  public TrainDialog trainDialog() {
    return trainDialog;
  }

  /** Shows a section of the sidebar. */
  public void showSection(SidebarItem.Kind kind) {
    sidebar.select(new SidebarItem.Section(kind).key());
  }

  /** Opens the runs browser and compares the newest {@code count} runs (screenshots). */
  public void compareNewest(int count) {
    showSection(SidebarItem.Kind.RUNS);
    var table = content.runsView().table();
    table.getSelectionModel().clearSelection();
    for (int i = 0; i < Math.min(count, table.getItems().size()); i++) {
      table.getSelectionModel().select(i);
    }
    if (table.getSelectionModel().getSelectedItems().size() >= 2) {
      javafx.scene.Node compare = table.getScene().lookup("#compare-runs");
      if (compare instanceof javafx.scene.control.Button button) {
        button.fire();
      }
    }
  }

  /** The menu's commands. */
  private final class Commands implements MainMenu.Commands {
    @Override
    public void newProject() {
      files.chooseFolder("New project: choose an empty folder", null).ifPresent(folder -> {
        try (var entries = Files.list(folder)) {
          if (entries.findAny().isPresent()) {
            info("Choose an empty folder", folder + " already holds files. A new project needs an empty folder; "
                + "to open an existing project use File ▸ Open project….");
            return;
          }
        } catch (java.io.IOException e) {
          ErrorDialog.show(stage, "Could not use " + folder, e);
          return;
        }
        MainWindow.this.openProject(folder, false);
      });
    }

    @Override
    public void openProject() {
      files.chooseFolder("Open project", session.current() == null ? null : session.current().projectDir().getParent())
          .ifPresent(folder -> MainWindow.this.openProject(folder, false));
    }

    @Override
    public void openRecent(Path project) {
      if (!Files.isDirectory(project)) {
        session.forget(project);
        info("The project is gone", project + " no longer exists, so it was taken off the recent projects.");
        return;
      }
      MainWindow.this.openProject(project, false);
    }

    @Override
    public void importData() {
      importWithChooser();
    }

    @Override
    public void train() {
      trainFromMenu();
    }

    @Override
    public void exportReport() {
      content.runView().ifPresentOrElse(view -> view.exportReport(),
          () -> info("Select a run first", "Pick a run in the sidebar (under Runs), then export its report."));
    }

    @Override
    public void showSection(SidebarItem.Kind kind) {
      MainWindow.this.showSection(kind);
    }

    @Override
    public void toggleJobs() {
      statusBar.jobsToggle().setSelected(!statusBar.jobsToggle().isSelected());
    }

    @Override
    public void refresh() {
      model.refresh();
    }

    @Override
    public void about() {
      info("Model Workbench", "Import data, train models, compare runs and export reports, all on this computer. "
          + "Project folder: " + (session.current() == null ? "none" : session.current().projectDir()));
    }

    @Override
    public void quit() {
      stage.close();
      Platform.exit();
    }
  }

  /** The window for notifications and choosers, known once shown. */
  private static final class WindowHolder implements Supplier<Window> {
    private Window window;

    void set(Window shown) {
      this.window = shown;
    }

    @Override
    public Window get() {
      return window;
    }
  }
}
