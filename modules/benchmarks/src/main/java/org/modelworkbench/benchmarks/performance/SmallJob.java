package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.text.TimedCommand;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * Comparison 5: a small job end to end, as a user runs it: {@code workbench import} then
 * {@code workbench train} with the defaults and 10 epochs on the 50,000-row file, into a new
 * project each round (two JVM starts, timed from outside), against {@code peer_small_job.py} doing
 * the same job in one interpreter (read, split, standardise, train 10 epochs, test accuracy), also
 * timed from outside. Seconds; the ratio is the peer's time over the workbench's.
 */
final class SmallJob implements Comparison {
  private static final double FLOOR = 0.5;

  @Override
  public String title() {
    return "small job end to end (import + train 10 epochs)";
  }

  @Override
  public double floor() {
    return FLOOR;
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    Path csv = context.trainingCsv();
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> ourAccuracy = new ArrayList<>();
    List<Double> theirAccuracy = new ArrayList<>();
    Alternation.run(context.pick(2, 3), round -> {
      String load = context.load().before("small job, workbench");
      WorkbenchCli cli = context.newProject("small-job");
      TimedCommand imported = BenchContext.check(cli.run("import", List.of("import", csv.toString(), "--name",
          "job")), "import");
      TimedCommand trained = BenchContext.check(cli.run("train", List.of("train", "--dataset", "job", "--target",
          "label", "--epochs", "10", "--json")), "train");
      JsonNode run = BenchContext.json(trained);
      ours.add(imported.seconds() + trained.seconds());
      ourAccuracy.add(run.path("metrics").path("accuracy").asDouble(Double.NaN));
      System.out.printf(Locale.ROOT, "  workbench round %d: %.2f s (import %.2f s, train %.2f s), test accuracy %.4f"
          + " [%s]%n    train: %s%n", round, imported.seconds() + trained.seconds(), imported.seconds(),
          trained.seconds(), ourAccuracy.get(ourAccuracy.size() - 1), load, EpochLog.of(trained).phases());
    }, round -> {
      String load = context.load().before("small job, peer");
      PeerRun p = context.peer().run("small-job", "peer_small_job.py", List.of(csv.toString(), "label",
          "--epochs", "10"));
      theirs.add(p.seconds());
      theirAccuracy.add(p.number("test_accuracy"));
      System.out.printf(Locale.ROOT, "  peer round %d: %.2f s (%.2f s inside the script), test accuracy %.4f [%s]%n",
          round, p.seconds(), p.number("seconds"), p.number("test_accuracy"), load);
    });
    return List.of(
        ResultRow.compare(title(), "s", Direction.LOWER_IS_BETTER, Summary.of(ours), Summary.of(theirs), FLOOR),
        ResultRow.compare("test accuracy, small job", "accuracy", Direction.HIGHER_IS_BETTER,
            Summary.of(ourAccuracy), Summary.of(theirAccuracy), null));
  }
}
