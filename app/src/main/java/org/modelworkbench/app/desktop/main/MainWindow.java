package org.modelworkbench.app.desktop.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.ErrorDialog;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;
import org.modelworkbench.app.desktop.common.FxFileDialogs;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.LastFolders;
import org.modelworkbench.app.desktop.common.Notifier;
import org.modelworkbench.app.desktop.common.WindowNotifier;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.dropimport.DropRules;
import org.modelworkbench.app.desktop.dropimport.DropTarget;
import org.modelworkbench.app.desktop.dropimport.ImportQueue;
import org.modelworkbench.app.desktop.dropimport.VersionDialog;
import org.modelworkbench.app.desktop.help.AboutDialog;
import org.modelworkbench.app.desktop.help.AboutFacts;
import org.modelworkbench.app.desktop.help.AboutViewModel;
import org.modelworkbench.app.desktop.help.FolderOpener;
import org.modelworkbench.app.desktop.help.LogFolder;
import org.modelworkbench.app.desktop.help.SystemFolderOpener;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.jobs.JobsPanel;
import org.modelworkbench.app.desktop.jobs.JobsSummary;
import org.modelworkbench.app.desktop.jobs.QuitQuestion;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.app.desktop.project.StartupProject;
import org.modelworkbench.app.desktop.training.TrainDialog;
import org.modelworkbench.app.desktop.training.TrainFormViewModel;
import org.modelworkbench.app.desktop.training.TrainingMonitorView;
import org.modelworkbench.app.desktop.training.TrainingMonitorViewModel;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.UserFolders;
import org.modelworkbench.services.EngineFacts;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: menu, sidebar, content, jobs panel and status bar, with files taken by drop
 * anywhere on it. It wires the view models together and owns nothing but layout and navigation.
 */
public final class MainWindow implements WindowActions {
  /** The stylesheet of the window, beside this package's resources. */
  public static final String STYLESHEET = "/org/modelworkbench/app/desktop/workbench.css";
  /** How long quitting waits for the jobs to stop before it closes the project anyway. */
  static final int STOP_WAIT_SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

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
  private SplitPane main;
  private double jobsDivider = WindowState.JOBS_DIVIDER;
  private double sidebarDivider = WindowState.SIDEBAR_DIVIDER;
  private final BooleanProperty sidebarShown = new SimpleBooleanProperty(this, "sidebarShown", true);
  private final GettingStarted gettingStarted;
  private final double[] normalBounds = {Double.NaN, Double.NaN, 1280, 800};
  private FolderOpener folderOpener = new SystemFolderOpener();
  private Runnable onQuit;
  private Alert quitQuestion;
  private volatile boolean quitting;

  /**
   * Creates the window with its own notifications and file choosers.
   *
   * @param settings where things are
   * @param runner the background jobs
   */
  public static MainWindow standard(DesktopSettings settings, JobRunner runner) {
    WindowHolder holder = new WindowHolder();
    return new MainWindow(settings, runner, new WindowNotifier(), new FxFileDialogs(holder, settings.lastFolders()),
        holder);
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
    runner.setDefaultErrorHandler((heading, error) -> {
      if (quitting) {
        LOG.info("{} while quitting", heading, error);
      } else {
        ErrorDialog.show(stage, heading, error);
      }
    });
    session.setNotices(text -> notifier.info("Model Workbench", text));
    session.setOnExampleRun(run -> model.refresh());
    this.gettingStarted = new GettingStarted(model, settings.welcomeDismissed(), settings::setWelcomeDismissed);
    sidebarShown.set(!settings.sidebarHidden());
  }

  /** Builds the scene, shows the window and opens the first project. */
  public void show(Stage target) {
    this.stage = target;
    window.set(target);
    sidebar = new Sidebar(model);
    content = new ContentArea(model, runner, notifier, files, window, this, new WelcomePanel(gettingStarted, this).node());
    sidebar.selectedProperty().addListener((obs, old, item) -> content.show(item));
    model.refreshesProperty().addListener((obs, old, count) -> applyPendingSelection());
    session.workbenchProperty().addListener((obs, old, workbench) -> content.reset());
    JobsSummary summary = new JobsSummary(runner);
    statusBar = new StatusBarView(model, summary, sidebarShown);
    jobsPanel = new JobsPanel(runner, this::showJobError, () -> statusBar.jobsToggle().setSelected(false)).node();
    statusBar.jobsToggle().selectedProperty().addListener((obs, old, on) -> showJobs(on));
    summary.failedProperty().addListener((obs, old, failed) -> {
      if (failed.intValue() > old.intValue()) {
        statusBar.jobsToggle().setSelected(true);
      }
    });

    WindowState placed = initialState();
    jobsDivider = placed.jobsDivider();
    centre = new SplitPane(content.node());
    centre.setOrientation(Orientation.VERTICAL);
    main = new SplitPane(sidebar.node(), centre);
    main.setId("main-split");
    sidebarDivider = placed.sidebarDivider();
    main.setDividerPositions(sidebarDivider);
    SplitPane.setResizableWithParent(sidebar.node(), false);
    showSidebar(sidebarShown.get());
    sidebarShown.addListener((obs, old, on) -> {
      showSidebar(on);
      settings.setSidebarHidden(!on);
    });
    BorderPane layout = new BorderPane(main);
    layout.setTop(MainMenu.create(new Commands(), session.recentProjects(), sidebarShown));
    layout.setBottom(statusBar.node());
    StackPane root = new StackPane(layout, dropOverlay());
    root.setId("window-root");
    if (notifier instanceof WindowNotifier toasts) {
      placeNotifications(root, toasts);
    }
    dropTarget.install(root);

    Scene scene = new Scene(root, placed.width(), placed.height());
    scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
    target.setScene(scene);
    target.titleProperty().bind(model.titleProperty());
    target.setMinWidth(Math.min(WindowState.MIN_WIDTH, placed.width()));
    target.setMinHeight(Math.min(WindowState.MIN_HEIGHT, placed.height()));
    if (!placed.isCentred()) {
      target.setX(placed.x());
      target.setY(placed.y());
    }
    target.setOnCloseRequest(event -> {
      event.consume();
      requestQuit();
    });
    target.show();
    if (placed.maximized()) {
      target.setMaximized(true);
    }
    trackNormalBounds(target, placed);
    importOnceOpen(settings.importOnStart());
    StartupProject first = StartupProject.choose(settings.projectArgument(), settings.recent(), settings.sampleProject());
    openProject(first.project(), first.sample());
  }

  /**
   * The window's first place: as it was left (fitted to today's screens), or centred at
   * {@code -Dworkbench.window=WIDTHxHEIGHT} (screenshots; saved state is ignored then) or
   * 1280x800.
   */
  private WindowState initialState() {
    String asked = System.getProperty("workbench.window");
    double[] size = windowSize(asked == null ? "1280x800" : asked);
    WindowState saved = asked == null ? WindowState.read(settings.settings()).orElse(null) : null;
    List<Rectangle2D> screens = new ArrayList<>();
    screens.add(Screen.getPrimary().getVisualBounds());
    Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary()))
        .forEach(screen -> screens.add(screen.getVisualBounds()));
    return (saved == null ? WindowState.centred(size[0], size[1]) : saved).placedOn(screens, size[0], size[1]);
  }

  /** Keeps the bounds the window has when neither maximised nor minimised: what a restart restores. */
  private void trackNormalBounds(Stage target, WindowState placed) {
    normalBounds[0] = placed.isCentred() ? target.getX() : placed.x();
    normalBounds[1] = placed.isCentred() ? target.getY() : placed.y();
    normalBounds[2] = placed.width();
    normalBounds[3] = placed.height();
    ChangeListener<Number> moved = (obs, old, value) -> {
      if (!target.isMaximized() && !target.isIconified() && !target.isFullScreen()) {
        normalBounds[0] = target.getX();
        normalBounds[1] = target.getY();
        normalBounds[2] = target.getWidth();
        normalBounds[3] = target.getHeight();
      }
    };
    target.xProperty().addListener(moved);
    target.yProperty().addListener(moved);
    target.widthProperty().addListener(moved);
    target.heightProperty().addListener(moved);
  }

  /**
   * Puts the notifications in the bottom-right corner just above the status bar, so they never hide
   * the job they tell about, and lets those about a file open it or show its folder.
   */
  private void placeNotifications(StackPane root, WindowNotifier toasts) {
    toasts.setOpener(this::openPlace);
    root.getChildren().add(toasts.node());
    StackPane.setAlignment(toasts.node(), Pos.BOTTOM_RIGHT);
    Runnable place = () -> StackPane.setMargin(toasts.node(),
        new Insets(0, 16, statusBar.node().getLayoutBounds().getHeight() + 10, 0));
    statusBar.node().layoutBoundsProperty().addListener((obs, old, bounds) -> place.run());
    place.run();
  }

  /** Opens a written file or folder with the system, off the UI thread; a failure is told plainly. */
  private void openPlace(Path place) {
    runner.background().execute(() -> {
      try {
        folderOpener.open(place);
      } catch (java.io.IOException | RuntimeException e) {
        LOG.info("Could not open {}", place, e);
        runner.ui().execute(() -> notifier.error("Could not open " + place.getFileName(),
            "No program opened it (" + e.getMessage() + "). It is in " + place));
      }
    });
  }

  /** Shows or hides the sidebar, keeping its divider for when it comes back. */
  private void showSidebar(boolean on) {
    Node tree = sidebar.node();
    if (on && !main.getItems().contains(tree)) {
      main.getItems().add(0, tree);
      main.setDividerPositions(sidebarDivider);
    } else if (!on && main.getItems().contains(tree)) {
      if (main.getDividerPositions().length > 0) {
        sidebarDivider = main.getDividerPositions()[0];
      }
      main.getItems().remove(tree);
    }
  }

  /** Whether the sidebar shows; View ▸ Sidebar (Ctrl+B) and the status bar's toggle set it. */
  public BooleanProperty sidebarShownProperty() {
    return sidebarShown;
  }

  /** The welcome panel's state. */
  public GettingStarted gettingStarted() {
    return gettingStarted;
  }

  /** The window's place and split positions now, as the next start restores them. */
  public WindowState windowState() {
    if (centre.getItems().contains(jobsPanel) && centre.getDividerPositions().length > 0) {
      jobsDivider = centre.getDividerPositions()[0];
    }
    if (main.getItems().contains(sidebar.node()) && main.getDividerPositions().length > 0) {
      sidebarDivider = main.getDividerPositions()[0];
    }
    return new WindowState(normalBounds[0], normalBounds[1], normalBounds[2], normalBounds[3], stage.isMaximized(),
        sidebarDivider, jobsDivider);
  }

  private void saveWindowState() {
    try {
      windowState().writeTo(settings.settings());
      settings.settings().save();
    } catch (RuntimeException e) {
      LOG.warn("Could not keep the window's place", e);
    }
  }

  /** Imports files named on the command line once the first project is open. */
  private void importOnceOpen(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    session.workbenchProperty().addListener(new ChangeListener<Workbench>() {
      @Override
      public void changed(ObservableValue<? extends Workbench> obs, Workbench old, Workbench opened) {
        if (opened != null) {
          session.workbenchProperty().removeListener(this);
          importFiles(files);
        }
      }
    });
  }

  /**
   * Opens what the system handed over while the window runs (a project file double-clicked on
   * macOS): a project opens, data files and folders are imported.
   */
  public void openFromSystem(List<Path> paths) {
    LaunchArguments launch = LaunchArguments.parse(paths.stream().map(Path::toString).toList());
    if (launch.project().isPresent()) {
      importOnceOpen(launch.imports());
      openProject(launch.project().get(), false);
    } else if (!launch.imports().isEmpty()) {
      importFiles(launch.imports());
    }
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
  public void importFolderWithChooser() {
    files.chooseFolderFor("Import a folder: one sub-folder per class of pictures or texts", LastFolders.Use.IMPORT)
        .ifPresent(folder -> importFiles(List.of(folder)));
  }

  @Override
  public void importModelFolder() {
    files.chooseFolderFor("Import a model folder", LastFolders.Use.IMPORT)
        .ifPresent(folder -> importFiles(List.of(folder)));
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
      centre.setDividerPositions(jobsDivider);
    } else if (!on) {
      if (centre.getItems().contains(jobsPanel) && centre.getDividerPositions().length > 0) {
        jobsDivider = centre.getDividerPositions()[0];
      }
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
      info("Import a dataset first", "Drop a data file or folder on the window (or use File ▸ Import File… or "
          + "Import Folder…), then train a model on it.");
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
    // With no target on screen, the dialog takes the one the training service proposes.
    train(dataset.get(), target, excluded);
  }

  private void info(String header, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
    alert.initOwner(stage);
    alert.setHeaderText(header);
    alert.setTitle("Model Workbench");
    alert.show();
  }

  /**
   * Quits, asking first while a training or an import runs ("Training 'iris' is running. Quit
   * anyway? The run is kept and can be resumed."). What closing the window and File ▸ Quit do.
   */
  public void requestQuit() {
    if (quitting) {
      return;
    }
    if (quitQuestion != null && quitQuestion.isShowing()) {
      ((Stage) quitQuestion.getDialogPane().getScene().getWindow()).toFront();
      return;
    }
    Optional<QuitQuestion> question = QuitQuestion.about(runner.runningAtQuit());
    if (question.isEmpty()) {
      quit();
      return;
    }
    ButtonType quit = new ButtonType(QuitQuestion.QUIT, ButtonBar.ButtonData.OK_DONE);
    ButtonType keep = new ButtonType(QuitQuestion.KEEP_WORKING, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.get().text(), keep, quit);
    alert.initOwner(stage);
    alert.setTitle("Model Workbench");
    alert.setHeaderText(question.get().header());
    alert.getDialogPane().setId("quit-question");
    ((Button) alert.getDialogPane().lookupButton(quit)).setId("quit-anyway");
    ((Button) alert.getDialogPane().lookupButton(quit)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(keep)).setId("keep-working");
    ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
    alert.setOnHidden(event -> {
      quitQuestion = null;
      if (alert.getResult() == quit) {
        quit();
      }
    });
    quitQuestion = alert;
    alert.show();
  }

  /** Keeps the window's place, stops the jobs, closes the project off the UI thread, then exits. */
  private void quit() {
    saveWindowState();
    stage.getScene().getRoot().setDisable(true);
    stage.getScene().setCursor(Cursor.WAIT);
    close().whenComplete((done, error) -> runner.ui().execute(() -> {
      if (error != null) {
        LOG.warn("Quitting did not end cleanly", error);
      }
      (onQuit != null ? onQuit : (Runnable) () -> {
        stage.close();
        Platform.exit();
      }).run();
    }));
  }

  /**
   * Stops every job and closes the project in the background. A training run is kept as
   * interrupted, to be resumed; an import keeps nothing. The project closes once the jobs have
   * stopped (or after {@value #STOP_WAIT_SECONDS} s; a run still training then is marked
   * interrupted the next time the project opens).
   *
   * @return completes, on a worker thread, once the project is closed
   */
  public CompletableFuture<Void> close() {
    quitting = true;
    if (quitQuestion != null) {
      quitQuestion.close();
    }
    return runner.stopAll()
        .completeOnTimeout(null, STOP_WAIT_SECONDS, TimeUnit.SECONDS)
        .thenCompose(stopped -> session.close());
  }

  /** Sets what happens once the window has quit: by default the window closes and the app exits. */
  public void setOnQuit(Runnable action) {
    this.onQuit = action;
  }

  /** Sets how Help ▸ Open log folder opens folders (the system's file manager by default). */
  public void setFolderOpener(FolderOpener opener) {
    this.folderOpener = opener;
  }

  /**
   * Tells about an error nothing caught, with the crash report's place (see
   * {@code CrashHandler}); {@code closed} runs when the dialog is closed.
   */
  public void showCrash(String heading, String sentence, Throwable error, Runnable closed) {
    if (quitting || stage == null) {
      closed.run();
      return;
    }
    Alert alert = ErrorDialog.create(stage.isShowing() ? stage : null, heading, sentence, error);
    alert.getDialogPane().setId("crash-dialog");
    alert.setOnHidden(event -> closed.run());
    alert.show();
  }

  private void openLogFolder() {
    new LogFolder(runner, UserFolders.forCurrentUser().logs(), folderOpener).open(sentence -> {
      Alert alert = new Alert(Alert.AlertType.WARNING);
      alert.initOwner(stage);
      alert.setTitle("Model Workbench");
      alert.setHeaderText("Could not open the log folder");
      Label text = new Label(sentence);
      text.setWrapText(true);
      text.setMaxWidth(520);
      TextField path = new TextField(UserFolders.forCurrentUser().logs().toString());
      path.setEditable(false);
      path.setId("log-folder-path");
      alert.getDialogPane().setContent(new VBox(8, text, path));
      alert.getDialogPane().setId("log-folder-failed");
      alert.show();
    });
  }

  private void showAbout() {
    Workbench open = session.current();
    AboutFacts facts = AboutFacts.ofThisMachine(UserFolders.forCurrentUser(), settings.settings().file(),
        open == null ? null : open.projectDir());
    new AboutDialog(stage, new AboutViewModel(runner, facts, EngineFacts::versions, EngineFacts::devices)).show();
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
    public void importFolder() {
      importFolderWithChooser();
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
    public void openLogFolder() {
      MainWindow.this.openLogFolder();
    }

    @Override
    public void gettingStarted() {
      gettingStarted.showAgain();
      MainWindow.this.showSection(SidebarItem.Kind.DATASETS);
    }

    @Override
    public void about() {
      showAbout();
    }

    @Override
    public void quit() {
      requestQuit();
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
