package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.text.TimedCommand;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * Comparison 1: steady training speed of the same MLP (64 inputs, hidden 128 and 64, 10 classes;
 * Adam at 0.003 with weight decay 0.01; one thread) at one batch size, on the 50,000 x 64 file.
 * The workbench's figure is the median rows/s of epochs 2..10 of {@code workbench train}, read from
 * its epoch lines; the peer's the same median from {@code peer_tabular_train.py}. Both exclude the
 * first epoch (warm-up) and the per-epoch validation. Both test accuracies are reported beside.
 */
final class TabularTraining implements Comparison {
  private static final double FLOOR = 1.2;
  private static final String HIDDEN = "128,64";
  private static final int EPOCHS = 10;
  private final int batch;

  /** @param batch the batch size both sides use */
  TabularTraining(int batch) {
    this.batch = batch;
  }

  @Override
  public String title() {
    return "tabular training, batch " + batch;
  }

  @Override
  public double floor() {
    return FLOOR;
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    Path csv = context.trainingCsv();
    WorkbenchCli cli = context.newProject("tabular-b" + batch);
    BenchContext.check(cli.run("import", List.of("import", csv.toString(), "--name", "train50k")), "import");
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    List<Double> ourAccuracy = new ArrayList<>();
    List<Double> theirAccuracy = new ArrayList<>();
    String b = Integer.toString(batch);
    Alternation.run(context.pick(2, 3), round -> {
      String load = context.load().before(title() + ", workbench");
      TimedCommand t = BenchContext.check(cli.run("train-b" + batch, List.of("train", "--dataset", "train50k",
          "--target", "label", "--hidden", HIDDEN, "--batch-size", b, "--threads", "1", "--epochs",
          Integer.toString(EPOCHS), "--patience", "100", "--json")), "train");
      EpochLog log = EpochLog.of(t);
      JsonNode run = BenchContext.json(t);
      ours.add(log.steadyRate());
      ourAccuracy.add(run.path("metrics").path("accuracy").asDouble(Double.NaN));
      System.out.printf(Locale.ROOT, "  workbench round %d: %,.0f rows/s steady, test accuracy %.4f [%s]%n    %s%n",
          round, log.steadyRate(), ourAccuracy.get(ourAccuracy.size() - 1), load, log.phases());
      if (round == 1) {
        System.out.println("    engine versions: " + run.path("versions"));
      }
    }, round -> {
      String load = context.load().before(title() + ", peer");
      PeerRun p = context.peer().run("tabular-b" + batch, "peer_tabular_train.py", List.of(csv.toString(),
          "label", "--hidden", HIDDEN, "--batch", b, "--epochs", Integer.toString(EPOCHS), "--threads", "1"));
      theirs.add(p.number("rows_per_s"));
      theirAccuracy.add(p.number("test_accuracy"));
      System.out.printf(Locale.ROOT, "  peer round %d: %,.0f rows/s steady, test accuracy %.4f, %.2f s in all [%s]%n",
          round, p.number("rows_per_s"), p.number("test_accuracy"), p.seconds(), load);
    });
    return List.of(
        ResultRow.compare(title(), "rows/s", Direction.HIGHER_IS_BETTER, Summary.of(ours), Summary.of(theirs), FLOOR),
        ResultRow.compare("test accuracy, tabular batch " + batch, "accuracy", Direction.HIGHER_IS_BETTER,
            Summary.of(ourAccuracy), Summary.of(theirAccuracy), null));
  }
}
