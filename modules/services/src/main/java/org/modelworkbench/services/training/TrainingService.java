package org.modelworkbench.services.training;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.QualityService;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Trains a model on a dataset version and records the run: settings, split, device, curve, test
 * metrics and the kept model. Every run goes through {@link #train(TrainRequest, TrainingObserver,
 * CancellationToken)}, which hands it to the {@link TrainingRoute} that applies; the route is
 * stored on the run, and {@link #resume} takes it again.
 */
public final class TrainingService {
  private final CatalogService catalog;
  private final TrainingRoutes routes;
  private final TextEncoderLibrary encoders;

  public TrainingService(ProjectDatabase database, CatalogService catalog, QualityService quality) {
    this.catalog = catalog;
    this.encoders = new TextEncoderLibrary(database);
    this.routes = new TrainingRoutes(database, catalog, quality, encoders);
  }

  /**
   * The kind of model a shell proposes when the analyst names none: a CNN for pictures, a text
   * encoder when the base is one, TF-IDF for a dataset with free text (the fast baseline), else
   * an MLP.
   *
   * @param target the column to predict, or null
   * @param base the base model's name, or null
   */
  public ModelKind defaultKind(DatasetInfo dataset, String target, String base) {
    if (dataset.holdsImages()) {
      return ModelKind.CNN;
    }
    if (base != null && !base.isBlank() && encoders.find(base).isPresent()) {
      return ModelKind.ENCODER;
    }
    boolean text = dataset.textColumns().stream().anyMatch(c -> !c.equals(target));
    return text ? ModelKind.TFIDF : ModelKind.MLP;
  }

  /**
   * The kinds of model that fit the dataset, the default first: an image network for pictures,
   * the encoder kind alone for a text-encoder base, else the table models, after the text models
   * when a column other than the target holds free text.
   *
   * @param target the column to predict, or null
   * @param base the base model's name, or null
   */
  public List<ModelKind> kindsFor(DatasetInfo dataset, String target, String base) {
    boolean encoderBase = base != null && !base.isBlank() && encoders.find(base).isPresent();
    return ModelKinds.of(dataset, target, encoderBase);
  }

  /**
   * The target to propose for a new run on the dataset: that of the newest run on any version of
   * it whose target is still a column (from the window or the command line), else a column with few
   * values named like a label, else the last column; each with a line on why.
   */
  public TargetProposal proposeTarget(DatasetInfo dataset) {
    for (RunInfo run : catalog.runs()) {
      if (run.datasetName().equals(dataset.name()) && run.target() != null
          && dataset.column(run.target()).isPresent()) {
        return new TargetProposal(run.target(), "As in the last run on " + dataset.name() + " (run " + run.id()
            + ").", true);
      }
    }
    return TargetSuggestion.of(dataset);
  }

  /** The devices this machine offers: the CPU, then each GPU found with its name. */
  public List<DeviceInfo> availableDevices() {
    return Devices.available();
  }

  /**
   * Checks a request without training: target, task, classes, features, base model, options.
   *
   * @return the task the run would use
   * @throws WorkbenchException with a plain message when something does not fit
   */
  public Task validate(TrainRequest request) {
    return routes.forRequest(request).validate(request);
  }

  /**
   * What the route that would train the request wants the analyst to know before training, one
   * plain sentence each: for example that a free-text column is not used by a table model.
   *
   * @throws WorkbenchException with a plain message when the request does not fit
   */
  public List<String> notices(TrainRequest request) {
    return routes.forRequest(request).notices(request);
  }

  /** The name of the route that would train the request, for example {@code savedmodel-head}. */
  public String route(TrainRequest request) {
    return routes.forRequest(request).name();
  }

  /** The options beyond the settings that the route for the request takes, for a shell to offer. */
  public Set<RouteOption> options(TrainRequest request) {
    return routes.forRequest(request).options(request);
  }

  /**
   * Trains and records a run on the route that applies to the request: an MLP or linear model on
   * a table; a small CNN or a fine-tuned TorchScript base on a folder of pictures; a TensorFlow
   * SavedModel base through its own train signature ({@code full}) or under a new head on its
   * features ({@code head}). The run row exists from the first moment, each epoch is stored as it
   * ends, and the run ends as completed, cancelled or failed; a process that dies leaves it
   * running, which the next open marks as interrupted, and a token stopped with
   * {@link CancellationToken#stopForShutdown()} (the app is closing) ends it as interrupted at once,
   * so Resume continues it. Every epoch leaves a checkpoint.
   *
   * @param request the dataset, settings, route options and strict mode
   * @param observer follows progress
   * @param cancel stops the run within a batch
   * @return the run as stored at its end
   * @throws WorkbenchException with a plain message when the request does not fit or the run failed
   */
  public RunInfo train(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    return routes.forRequest(request).start(request, observer, cancel);
  }

  /**
   * Continues a cancelled, failed or interrupted run from its last checkpoint with its stored
   * settings and split, on the route it recorded. The run goes back to running and ends as
   * completed, cancelled or failed. An image run continues exactly; a tabular (MLP or linear) run
   * continues with the same rows, shuffling and best model, but its optimizer's state starts
   * afresh. A SavedModel {@code full} run continues from its last epoch's SavedModel checkpoint
   * with the same shuffling and early-stopping state; a {@code head} run computes the frozen
   * model's features again and continues its head from the last checkpoint, like a tabular run.
   *
   * @throws WorkbenchException when the run is running or completed, or left no checkpoint
   */
  public RunInfo resume(long runId, TrainingObserver observer, CancellationToken cancel) {
    RunInfo run = catalog.run(runId);
    if (run.status() == RunStatus.RUNNING || run.status() == RunStatus.COMPLETED) {
      throw new WorkbenchException("Run " + runId + " is " + run.status().label()
          + "; only a cancelled, failed or interrupted run can be resumed.");
    }
    TrainingRoute route = routeOf(run).filter(r -> r.hasCheckpoint(run)).orElseThrow(() ->
        new WorkbenchException("Run " + runId + " has no checkpoint to continue from; train it again instead."));
    return route.resume(run, observer, cancel);
  }

  /** Whether the run is stopped and left a checkpoint that its route can continue from. */
  public boolean canResume(RunInfo run) {
    return (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.FAILED
        || run.status() == RunStatus.INTERRUPTED)
        && routeOf(run).map(route -> route.hasCheckpoint(run)).orElse(false);
  }

  private Optional<TrainingRoute> routeOf(RunInfo run) {
    return run.route() == null ? Optional.empty() : routes.named(run.route());
  }
}
