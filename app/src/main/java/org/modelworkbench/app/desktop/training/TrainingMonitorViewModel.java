package org.modelworkbench.app.desktop.training;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * A run being trained, as the monitor shows it: the curve so far, progress, time left, speed,
 * device, notices, and the run at its end. Training runs as a background job; Cancel sets its
 * token, and the service keeps the run as cancelled with its curves.
 */
public final class TrainingMonitorViewModel {
  /** What quitting does to a run, said before the window quits. */
  public static final String QUIT_NOTE = "The run is kept and can be resumed.";

  private static final long BATCH_UPDATE_NANOS = 150_000_000L;

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final String title;
  private final String quitSubject;
  private final String target;
  private final Task task;
  private final Training training;
  private final LongSupplier nanoClock;
  private final ObservableList<EpochMetrics> epochs = FXCollections.observableArrayList();
  private final ObservableList<String> notices = FXCollections.observableArrayList();
  private final ObservableList<StepPoint> steps = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<MonitorState> state = new ReadOnlyObjectWrapper<>(this, "state", MonitorState.STARTING);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Preparing the data…");
  private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
  private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
  private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "");
  private final ReadOnlyObjectWrapper<Long> runId = new ReadOnlyObjectWrapper<>(this, "runId");
  private final ReadOnlyObjectWrapper<RunInfo> result = new ReadOnlyObjectWrapper<>(this, "result");
  private Consumer<RunInfo> onFinished = run -> {};
  private Job job;
  private long startNanos;
  private volatile long lastBatchNanos;
  private volatile long lastStepNanos;
  private volatile int lastMaxEpochs = 1;

  /**
   * Creates the monitor's model.
   *
   * @param runner runs the training job
   * @param workbench the open project
   * @param request what to train: the dataset, settings and route options, as the command line asks
   * @param nanoClock the clock for the time left (System::nanoTime)
   */
  public TrainingMonitorViewModel(JobRunner runner, Supplier<Workbench> workbench, TrainRequest request,
      LongSupplier nanoClock) {
    this(runner, workbench, "Training " + request.settings().target() + " on " + request.dataset().name(),
        "Training '" + request.dataset().name() + "'", request.settings().target(),
        request.settings().task() == null ? Task.CLASSIFICATION : request.settings().task(), nanoClock,
        (open, observer, context) -> open.training().train(request, observer, context.token()));
  }

  private TrainingMonitorViewModel(JobRunner runner, Supplier<Workbench> workbench, String title, String quitSubject,
      String target, Task task, LongSupplier nanoClock, Training training) {
    this.runner = runner;
    this.workbench = workbench;
    this.title = title;
    this.quitSubject = quitSubject;
    this.target = target;
    this.task = task;
    this.nanoClock = nanoClock;
    this.training = training;
  }

  /**
   * The monitor of a stopped run that continues from its last checkpoint: the curve so far is
   * read first, so the new epochs continue it.
   *
   * @param runner runs the training job
   * @param workbench the open project
   * @param run the cancelled, failed or interrupted run
   * @param nanoClock the clock for the time left (System::nanoTime)
   */
  public static TrainingMonitorViewModel resuming(JobRunner runner, Supplier<Workbench> workbench, RunInfo run,
      LongSupplier nanoClock) {
    Task task = run.task() == null ? Task.CLASSIFICATION : run.task();
    return new TrainingMonitorViewModel(runner, workbench,
        "Resuming run " + run.id() + ": " + run.target() + " on " + run.datasetName(),
        "Training '" + run.datasetName() + "' (run " + run.id() + ")", run.target(), task, nanoClock,
        (open, observer, context) -> {
          observer.continueFrom(open.catalog().curve(run.id()));
          return open.training().resume(run.id(), observer, context.token());
        });
  }

  /** Called on the UI thread with the stored run when training ends (completed or cancelled). */
  public void setOnFinished(Consumer<RunInfo> callback) {
    this.onFinished = callback;
  }

  /** What is trained, for example "Training species on iris". */
  public String title() {
    return title;
  }

  /** The task (once known from the check), for the metric chart's name. */
  public Task task() {
    return task;
  }

  /** Starts training in the background. */
  public Job start() {
    startNanos = nanoClock.getAsLong();
    job = runner.job(title(), context -> training.run(workbench.get(), new Observer(context), context))
        .successMessage(TrainingMonitorViewModel::endText)
        .askBeforeQuit(quitSubject, QUIT_NOTE)
        .onSuccess(this::finished)
        .onError(error -> {
          state.set(MonitorState.FAILED);
          status.set("Training failed: " + ErrorText.plainMessage(error));
          timeLeft.set("");
          runner.reportError("Training " + target + " did not finish", error);
        })
        .onCancelled(() -> {
          state.set(MonitorState.CANCELLED);
          status.set("Cancelled before training started.");
          timeLeft.set("");
        })
        .start();
    return job;
  }

  /** Asks the run to stop after the current batch; it is kept as cancelled with its curves. */
  public void cancel() {
    if (job != null && !state.get().isDone()) {
      state.set(MonitorState.STOPPING);
      status.set("Stopping after the current batch…");
      job.cancel();
    }
  }

  private void finished(RunInfo run) {
    result.set(run);
    runId.set(run.id());
    timeLeft.set("");
    if (run.status() == RunStatus.COMPLETED) {
      state.set(MonitorState.COMPLETED);
      progress.set(1);
      status.set(endText(run));
    } else if (run.status() == RunStatus.CANCELLED) {
      state.set(MonitorState.CANCELLED);
      status.set("Cancelled after " + Formats.counted(epochs.size(), "epoch", "epochs") + ". The run is kept with its curves.");
    } else if (run.status() == RunStatus.INTERRUPTED) {
      state.set(MonitorState.CANCELLED);
      status.set("Stopped after " + Formats.counted(epochs.size(), "epoch", "epochs") + " because the app is closing. Resume continues the run.");
    } else {
      state.set(MonitorState.FAILED);
      status.set(run.error() == null ? "Training stopped." : run.error());
    }
    onFinished.accept(run);
  }

  static String endText(RunInfo run) {
    if (run.status() != RunStatus.COMPLETED || run.testMetrics() == null) {
      return "Run " + run.id() + " " + run.status().label();
    }
    StringBuilder text = new StringBuilder("Finished run " + run.id() + ": ");
    run.testMetrics().headline().entrySet().stream().filter(e -> e.getValue() != null).limit(2)
        .forEach(e -> text.append(MetricNames.label(e.getKey())).append(' ').append(Formats.metric(e.getValue())).append("  "));
    return text.toString().trim() + " on the test rows.";
  }

  private void onEpoch(EpochMetrics epoch, int maxEpochs) {
    if (state.get() == MonitorState.STARTING) {
      state.set(MonitorState.RUNNING);
    }
    epochs.add(epoch);
    speed.set(TrainingProgress.speedText(epoch.rowsPerSecond()));
    updateProgress(TrainingProgress.fraction(epoch.epoch() + 1, 0, 1, maxEpochs), epoch.epoch(), maxEpochs);
  }

  private void onBatch(int epoch, int batch, int batchCount, int maxEpochs) {
    if (state.get() == MonitorState.STARTING) {
      state.set(MonitorState.RUNNING);
    }
    updateProgress(TrainingProgress.fraction(epoch, batch, batchCount, maxEpochs), epoch, maxEpochs);
  }

  private void updateProgress(double fraction, int epoch, int maxEpochs) {
    if (state.get().isDone() || state.get() == MonitorState.STOPPING) {
      return;
    }
    progress.set(fraction);
    status.set("Epoch " + Math.min(epoch, maxEpochs) + " of at most " + maxEpochs);
    long elapsed = (nanoClock.getAsLong() - startNanos) / 1_000_000L;
    timeLeft.set(TrainingProgress.timeLeftText(TrainingProgress.millisLeft(elapsed, fraction)));
  }

  /** What the job does: train a new run or continue a stopped one. */
  @FunctionalInterface
  private interface Training {
    RunInfo run(Workbench open, Observer observer, org.modelworkbench.app.desktop.jobs.JobContext context);
  }

  /** Receives the service's callbacks on the training thread and hops to the UI thread. */
  private final class Observer implements TrainingObserver {
    private final org.modelworkbench.app.desktop.jobs.JobContext context;

    Observer(org.modelworkbench.app.desktop.jobs.JobContext context) {
      this.context = context;
    }

    /** Shows the epochs a resumed run already has, so the new ones continue its curve. */
    void continueFrom(java.util.List<EpochMetrics> before) {
      runner.ui().execute(() -> {
        epochs.setAll(before);
        if (!before.isEmpty()) {
          status.set("Continuing after epoch " + before.get(before.size() - 1).epoch() + "…");
        }
      });
    }

    @Override
    public void started(long id, DeviceInfo used) {
      runner.ui().execute(() -> {
        runId.set(id);
        device.set(Formats.device(used));
        status.set("Training on " + device.get() + "…");
      });
    }

    @Override
    public void epoch(long id, EpochMetrics epoch, int maxEpochs) {
      context.progress(Math.min(1.0, (double) epoch.epoch() / maxEpochs), "Epoch " + epoch.epoch() + " of at most " + maxEpochs);
      runner.ui().execute(() -> onEpoch(epoch, maxEpochs));
    }

    @Override
    public void batch(long id, int epoch, int batch, int batchCount, int maxEpochs) {
      lastMaxEpochs = maxEpochs;
      long now = nanoClock.getAsLong();
      if (now - lastBatchNanos < BATCH_UPDATE_NANOS && batch < batchCount) {
        return;
      }
      lastBatchNanos = now;
      runner.ui().execute(() -> onBatch(epoch, batch, batchCount, maxEpochs));
    }

    @Override
    public void notice(String message) {
      runner.ui().execute(() -> notices.add(message));
    }

    @Override
    public void step(long id, int step, int totalSteps, double trainLoss, double secondsLeft) {
      long now = nanoClock.getAsLong();
      if (now - lastStepNanos < BATCH_UPDATE_NANOS && step < totalSteps) {
        return;
      }
      lastStepNanos = now;
      int maxEpochs = Math.max(1, lastMaxEpochs);
      StepPoint point = new StepPoint((double) step * maxEpochs / Math.max(1, totalSteps), trainLoss);
      runner.ui().execute(() -> onStep(point, secondsLeft));
    }
  }

  private void onStep(StepPoint point, double secondsLeft) {
    if (state.get().isDone() || state.get() == MonitorState.STOPPING) {
      return;
    }
    steps.add(point);
    if (secondsLeft >= 0) {
      // The trainer's own estimate counts steps, which is steadier than the share of batches.
      timeLeft.set(TrainingProgress.timeLeftText((long) (secondsLeft * 1000)));
    }
  }

  /** The optimiser steps so far, for a run that reports them. */
  public ObservableList<StepPoint> steps() {
    return steps;
  }

  /** The epochs so far. */
  public ObservableList<EpochMetrics> epochs() {
    return epochs;
  }

  /** Notices of the service, for example a CPU fallback. */
  public ObservableList<String> notices() {
    return notices;
  }

  /** Where the run is. */
  public ReadOnlyObjectProperty<MonitorState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Share done, or -1 while starting. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening, for example "Epoch 3 of at most 20". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The time left. */
  public ReadOnlyStringProperty timeLeftProperty() {
    return timeLeft.getReadOnlyProperty();
  }

  /** Training speed in rows per second. */
  public ReadOnlyStringProperty speedProperty() {
    return speed.getReadOnlyProperty();
  }

  /** The device's name. */
  public ReadOnlyStringProperty deviceProperty() {
    return device.getReadOnlyProperty();
  }

  /** The run's id, once the service created it. */
  public ReadOnlyObjectProperty<Long> runIdProperty() {
    return runId.getReadOnlyProperty();
  }

  /** The stored run at its end. */
  public ReadOnlyObjectProperty<RunInfo> resultProperty() {
    return result.getReadOnlyProperty();
  }
}
