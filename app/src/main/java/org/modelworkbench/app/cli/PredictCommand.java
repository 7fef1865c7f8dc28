package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.scoring.PredictionOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench predict}: writes predictions for the rows of a file. */
@Command(name = "predict", description = "Predict the rows of a CSV file with a run's model; for an image "
    + "run, the pictures of a folder (or of a CSV's 'file' column).")
final class PredictCommand extends ProjectCommand {
  @Option(names = "--run", required = true, paramLabel = "ID", description = "The run whose model predicts.")
  long runId;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "CSV file of rows to predict; for an image run a folder of pictures or a CSV with a 'file' "
          + "column.")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the predictions.")
  Path output;

  @Override
  int execute(Workbench workbench) {
    PredictionOutcome outcome = workbench.prediction().predict(runId, input, output, (f, m) -> { },
        CancellationToken.none());
    for (PredictionOutcome.Skipped skipped : outcome.skipped()) {
      err().println("Skipped " + skipped.file() + ": not a readable image (" + skipped.reason() + ")");
    }
    return print(outcome, o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("runId", runId);
      m.put("output", o.output().toAbsolutePath().toString());
      m.put("rows", o.rows());
      m.put("addedColumns", o.addedColumns());
      m.put("skipped", o.skipped().stream().map(s -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("file", s.file());
        one.put("reason", s.reason());
        return one;
      }).toList());
      return m;
    }, o -> "Wrote " + o.rows() + " predictions to " + o.output()
        + (o.skipped().isEmpty() ? "" : " (" + o.skipped().size() + " unreadable "
            + (o.skipped().size() == 1 ? "picture" : "pictures") + " skipped)"));
  }
}
