package org.modelworkbench.app.cli;

import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench evaluate}: scores a run's model and stores the evaluation. */
@Command(name = "evaluate", description = "Score a run's model on its test split or on another dataset.")
final class EvaluateCommand extends ProjectCommand {
  @Option(names = "--run", required = true, paramLabel = "ID", description = "The run whose model to score.")
  long runId;

  @Option(names = "--dataset", paramLabel = "NAME",
      description = "Another dataset with the same columns. Default: the run's test split.")
  String dataset;

  @Override
  int execute(Workbench workbench) {
    DatasetInfo other = dataset == null ? null : workbench.datasets().find(dataset);
    EvaluationInfo evaluation = workbench.evaluation().evaluateRun(runId, other);
    return print(evaluation, JsonViews::evaluation, e -> "Run " + runId + " on "
        + (other == null ? "its test split" : "'" + other.name() + "' version " + other.version()) + ":\n"
        + TextViews.metrics(e.metrics()));
  }
}
