package org.modelworkbench.app.cli;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.scoring.ModelEvaluationOutcome;
import org.modelworkbench.services.scoring.ModelEvaluationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench evaluate}: scores a run's model, or a library model as it is, and stores the evaluation. */
@Command(name = "evaluate",
    description = "Score a run's model on its test split or another dataset, or a library model as it is.")
final class EvaluateCommand extends ProjectCommand {
  @Option(names = "--run", paramLabel = "ID", description = "The run whose model to score.")
  Long runId;

  @Option(names = "--model", paramLabel = "NAME", description = "A library model to score as it is.")
  String model;

  @Option(names = "--dataset", paramLabel = "NAME",
      description = "The dataset to score on: NAME (its latest version) or NAME@VERSION. With --run, default: the run's test "
          + "split.")
  String dataset;

  @Option(names = "--target", paramLabel = "COLUMN", description = "With --model: the column of true classes.")
  String target;

  @Option(names = "--columns", split = ",", paramLabel = "A,B,C",
      description = "With --model: dataset columns feeding a tabular model's inputs, in order.")
  List<String> columns;

  @Option(names = "--signature", paramLabel = "NAME",
      description = "With --model of a TensorFlow SavedModel: the signature to call. Default: serving_default.")
  String signature;

  @Option(names = "--misclassified", paramLabel = "OUT.csv",
      description = "With --run: write the misclassified test rows to a CSV file, the most confident first: the "
          + "file or row number, the texts of a text dataset, actual, predicted, probability. Texts are quoted, and "
          + "a value starting with = + - @ gets a leading ' so a spreadsheet does not run it as a formula.")
  java.nio.file.Path misclassified;

  @Override
  int execute(Workbench workbench) {
    if ((runId == null) == (model == null)) {
      throw new WorkbenchException("Give either --run ID or --model NAME.");
    }
    if (misclassified != null && runId != null) {
      int written = workbench.evaluation().writeMisclassified(runId, misclassified);
      err().println("Wrote " + written + " misclassified test rows of run " + runId + " to " + misclassified);
    }
    if (model != null) {
      return evaluateModel(workbench);
    }
    DatasetInfo other = dataset == null ? null : workbench.datasets().find(dataset);
    EvaluationInfo evaluation = workbench.evaluation().evaluateRun(runId, other);
    return print(evaluation, JsonViews::evaluation, e -> "Run " + runId + " on "
        + (other == null ? "its test split" : "'" + other.name() + "' version " + other.version()) + ":\n"
        + TextViews.metrics(e.metrics()));
  }

  private int evaluateModel(Workbench workbench) {
    if (dataset == null || target == null) {
      throw new WorkbenchException("Evaluating a model needs --dataset NAME and --target COLUMN.");
    }
    DatasetInfo data = workbench.datasets().find(dataset);
    ModelEvaluationOutcome outcome = workbench.modelEvaluation().evaluate(
        new ModelEvaluationRequest(model, data, target, columns, signature));
    return print(outcome, ModelJsonViews::evaluation, o -> "Model " + model + " as it is on '" + data.name()
        + "' version " + data.version() + ":\n" + TextViews.metrics(o.evaluation().metrics())
        + (o.topK() == null ? "" : String.format(java.util.Locale.ROOT, "%ntop-%d accuracy %.4f", o.topK().k(),
            o.topK().accuracy())));
  }
}
