package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.scoring.PredictionOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench predict}: writes predictions for the rows of a file. */
@Command(name = "predict", description = "Predict the rows of a CSV, xlsx or JSON Lines file with a run's "
    + "model (a text model reads its text columns from it); for an image run, the pictures of a folder (or of a "
    + "CSV's 'file' column). Either: predict MODEL FILE [--out OUT.csv], or: predict --run ID --input FILE --out "
    + "OUT.csv. Texts in the output are quoted, and a value starting with = + - @ gets a leading ' so a "
    + "spreadsheet does not run it as a formula.")
final class PredictCommand extends ProjectCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL",
      description = "The run id, or the name of a model a run kept (see 'workbench models').")
  String modelArgument;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The file of rows to predict.")
  Path fileArgument;

  @Option(names = "--run", paramLabel = "ID", description = "The run whose model predicts.")
  Long runId;

  @Option(names = "--input", paramLabel = "FILE",
      description = "CSV, xlsx or JSON Lines file of rows to predict; for an image run a folder of pictures or a "
          + "CSV with a 'file' column.")
  Path input;

  @Option(names = "--out", paramLabel = "FILE.csv",
      description = "Where to write the predictions. Default: FILE's name with -predictions.csv, beside it.")
  Path output;

  @Override
  int execute(Workbench workbench) {
    long run = run(workbench);
    Path source = fileArgument != null ? fileArgument : input;
    if (source == null) {
      throw new WorkbenchException("Give the file of rows to predict: predict MODEL FILE, or --input FILE.");
    }
    if (fileArgument != null && input != null) {
      throw new WorkbenchException("Give the file once: as FILE or as --input, not both.");
    }
    Path target = output != null ? output : defaultOutput(source);
    PredictionOutcome outcome = workbench.prediction().predict(run, source, target, new ProgressLines(err()),
        CancellationToken.none());
    for (PredictionOutcome.Skipped skipped : outcome.skipped()) {
      err().println("Skipped " + skipped.file() + ": not a readable image (" + skipped.reason() + ")");
    }
    return print(outcome, o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("runId", run);
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

  /** The run: --run ID, or MODEL as a run id or the name of a model a run kept. */
  private long run(Workbench workbench) {
    if ((runId == null) == (modelArgument == null)) {
      throw new WorkbenchException(runId == null ? "Give the model: predict MODEL FILE, where MODEL is a run id or "
          + "a model's name." : "Give the model once: as MODEL or as --run, not both.");
    }
    if (runId != null) {
      return runId;
    }
    if (modelArgument.matches("\\d{1,18}")) {
      return Long.parseLong(modelArgument);
    }
    ModelInfo model = workbench.library().find(modelArgument);
    if (model.runId() == null) {
      throw new WorkbenchException("The model '" + modelArgument + "' was imported, not trained by a run here; "
          + "predict uses a run's model. Evaluate it as it is with 'workbench evaluate --model', or train on it.");
    }
    return model.runId();
  }

  /** FILE's name without its extension, with -predictions.csv, in FILE's folder. */
  static Path defaultOutput(Path source) {
    String base = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    return source.toAbsolutePath().resolveSibling(base + "-predictions.csv");
  }

  /** Prints progress to stderr at most once per tenth, so a long scoring shows it is moving. */
  private static final class ProgressLines implements ProgressListener {
    private final java.io.PrintWriter err;
    private int shownTenth = -1;

    ProgressLines(java.io.PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(double fraction, String message) {
      int tenth = fraction < 0 ? shownTenth : (int) Math.floor(fraction * 10);
      if (tenth > shownTenth && fraction > 0 && message != null && message.startsWith("Scored")) {
        shownTenth = tenth;
        err.println(message);
        err.flush();
      }
    }
  }
}
