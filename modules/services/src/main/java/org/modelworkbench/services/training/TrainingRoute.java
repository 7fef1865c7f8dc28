package org.modelworkbench.services.training;

import java.util.Set;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * One way to train a model, from request to recorded run. The routes are asked in the order of
 * {@link TrainingRoutes}, and the first that {@linkplain #appliesTo applies} trains the request;
 * its {@link #name()} is stored on the run, so {@link #resume} is reached again by that name, not
 * by guessing from the run's folders or settings.
 */
public interface TrainingRoute {
  /**
   * The name stored on every run of this route, for example {@code tabular} or
   * {@code savedmodel-head}. It must never change: stored runs find their route by it.
   */
  String name();

  /** Whether this route trains the request (the registry asks the routes in order). */
  boolean appliesTo(TrainRequest request);

  /** The options of the request this route uses, for a shell to offer while it applies. */
  Set<RouteOption> options(TrainRequest request);

  /**
   * Checks the request against the dataset and the base model without training.
   *
   * @return the task the run would use
   * @throws WorkbenchException with a plain message when something does not fit
   */
  Task validate(TrainRequest request);

  /**
   * What the analyst should know about the request before training, one plain sentence each (for
   * example a column this route leaves out); {@link #start} tells the observer the same.
   */
  default java.util.List<String> notices(TrainRequest request) {
    return java.util.List.of();
  }

  /**
   * Validates the request, records a new run and trains it. The run row exists from the first
   * moment, each epoch is stored as it ends, and the run ends as completed, cancelled or failed.
   *
   * @return the run as stored at its end
   * @throws WorkbenchException when the request does not fit (no run is recorded) or the run failed
   *     (it is recorded as failed with the same message)
   */
  RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel);

  /**
   * Continues a stopped run of this route from its last checkpoint, with its stored settings and
   * split. The caller has checked that the run is stopped and {@linkplain #hasCheckpoint has a
   * checkpoint}.
   *
   * @return the run as stored at its end
   */
  RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel);

  /** Whether the run left a checkpoint this route can continue from. */
  boolean hasCheckpoint(RunInfo run);
}
