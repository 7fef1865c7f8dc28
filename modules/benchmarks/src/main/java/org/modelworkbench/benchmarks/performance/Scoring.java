package org.modelworkbench.benchmarks.performance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.modelworkbench.benchmarks.text.TimedCommand;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * Comparison 3: batch prediction of a million rows (16 numeric columns and the label), CSV in and
 * CSV out. A small MLP (the default widths 64 and 32) is trained once on 50,000 rows of the same
 * columns; then {@code workbench predict RUN FILE --out OUT.csv} against {@code peer_scoring.py}
 * (pandas.read_csv, the same MLP's torch inference, DataFrame.to_csv of the same added columns).
 * Rows per second over the whole command on both sides: the JVM's start counts, and so do the
 * interpreter's start and imports.
 */
final class Scoring implements Comparison {
  private static final double FLOOR = 1.0;

  @Override
  public String title() {
    return "scoring 1M rows, CSV in and out";
  }

  @Override
  public double floor() {
    return FLOOR;
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    Path train = context.scoringTrainCsv();
    Path rows = context.scoringCsv();
    WorkbenchCli cli = context.newProject("scoring");
    BenchContext.check(cli.run("import", List.of("import", train.toString(), "--name", "score16")), "import");
    TimedCommand trained = BenchContext.check(cli.run("train-scoring-model", List.of("train", "--dataset",
        "score16", "--target", "label", "--epochs", "3", "--threads", "1", "--json")), "train");
    String runId = BenchContext.json(trained).path("runId").asText();
    String classes = IntStream.range(0, ClassesCsv.CLASSES).mapToObj(k -> "c" + k).collect(Collectors.joining(","));
    Path out = Files.createDirectories(context.work().resolve("scored"));
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    Alternation.run(context.pick(2, 3), round -> {
      String load = context.load().before(title() + ", workbench");
      Path file = out.resolve("workbench-" + round + ".csv");
      TimedCommand t = BenchContext.check(cli.run("predict", List.of("predict", runId, rows.toString(), "--out",
          file.toString(), "--json")), "predict");
      long scored = BenchContext.json(t).path("rows").asLong();
      if (scored != BenchContext.MILLION) {
        throw new IllegalStateException("predict wrote " + scored + " rows, expected " + BenchContext.MILLION);
      }
      ours.add(scored / t.seconds());
      System.out.printf(Locale.ROOT, "  workbench round %d: %.2f s, %,.0f rows/s, peak %.0f MB, output %.0f MB [%s]%n",
          round, t.seconds(), scored / t.seconds(), t.peakRssMb(), Files.size(file) / 1e6, load);
      System.out.println("    " + stamps(t));
      Files.delete(file);
    }, round -> {
      String load = context.load().before(title() + ", peer");
      Path file = out.resolve("peer-" + round + ".csv");
      PeerRun p = context.peer().run("scoring", "peer_scoring.py", List.of(rows.toString(), file.toString(),
          "--target", "label", "--classes", classes, "--hidden", "64,32", "--threads", "1"));
      theirs.add(p.number("rows") / p.seconds());
      System.out.printf(Locale.ROOT, "  peer round %d: %.2f s, %,.0f rows/s, peak %.0f MB, output %.0f MB [%s]%n",
          round, p.seconds(), p.number("rows") / p.seconds(), p.peakRssMb(), Files.size(file) / 1e6, load);
      Files.delete(file);
    });
    return List.of(ResultRow.compare(title(), "rows/s", Direction.HIGHER_IS_BETTER, Summary.of(ours),
        Summary.of(theirs), FLOOR));
  }

  /** When the predict command's progress lines came: how long before the first row was scored. */
  private static String stamps(TimedCommand t) {
    List<TimedCommand.StampedLine> lines = t.stderrLines();
    if (lines.isEmpty()) {
      return "no progress lines";
    }
    TimedCommand.StampedLine first = lines.get(0);
    TimedCommand.StampedLine last = lines.get(lines.size() - 1);
    return String.format(Locale.ROOT, "first progress line at %.2f s (\"%s\"), last at %.2f s (\"%s\"), exit at %.2f s",
        first.seconds(), first.text(), last.seconds(), last.text(), t.seconds());
  }
}
