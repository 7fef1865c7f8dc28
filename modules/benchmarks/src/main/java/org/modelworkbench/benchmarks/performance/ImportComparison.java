package org.modelworkbench.benchmarks.performance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.ImportBenchmark;

/**
 * Comparison 4: the million-row mixed CSV ({@code BenchmarkCsv}) imported by the workbench against
 * {@code pandas.read_csv} and against H2's {@code CSVREAD}. The workbench's side is
 * {@link ImportBenchmark#ourImport}: the real import path into a new project, opened beforehand and
 * with the JIT settled, in this JVM; the first import is the cold one. The peer reads the file in
 * one interpreter ({@code peer_read_csv.py}) on request, so the two alternate; its first read is
 * its cold one. Both count their reading only, not the start of the process. CSVREAD runs once,
 * in a JVM of its own ({@link ImportBenchmark#csvReadBaseline}).
 */
final class ImportComparison implements Comparison {
  private static final int ROUNDS = 3;
  private static final double MEDIAN_FLOOR = 1.0;
  private static final double COLD_FLOOR = 0.7;

  @Override
  public String title() {
    return "import 1M rows";
  }

  @Override
  public double floor() {
    return MEDIAN_FLOOR;
  }

  @Override
  public List<ResultRow> failedRows() {
    return List.of(ResultRow.failed("import 1M rows, median of 3 vs pandas", MEDIAN_FLOOR),
        ResultRow.failed("import 1M rows, cold vs pandas", COLD_FLOOR));
  }

  @Override
  public List<ResultRow> run(BenchContext context) throws Exception {
    Path csv = context.importCsv();
    Path folder = Files.createDirectories(context.work().resolve("import"));
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    Process pandas = new ProcessBuilder(PythonPeer.PYTHON,
        context.root().resolve("modules/benchmarks/python/peer_read_csv.py").toString(), csv.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader answers = new BufferedReader(new InputStreamReader(pandas.getInputStream(),
            StandardCharsets.UTF_8));
        Writer requests = new java.io.OutputStreamWriter(pandas.getOutputStream(), StandardCharsets.UTF_8)) {
      if (!"ready".equals(answers.readLine())) {
        throw new IllegalStateException("peer_read_csv.py did not start");
      }
      Alternation.run(ROUNDS, round -> {
        String load = context.load().before("import, workbench");
        double rate = ImportBenchmark.ourImport(csv, folder.resolve("project-" + round), BenchContext.MILLION);
        ours.add(rate);
        System.out.printf(Locale.ROOT, "  workbench round %d: %,.0f rows/s [%s]%n", round, rate, load);
      }, round -> {
        String load = context.load().before("import, pandas");
        requests.write("read\n");
        requests.flush();
        String[] answer = answers.readLine().trim().split("\\s+");
        double rate = Long.parseLong(answer[0]) / Double.parseDouble(answer[1]);
        theirs.add(rate);
        System.out.printf(Locale.ROOT, "  pandas.read_csv round %d: %.2f s, %,.0f rows/s [%s]%n", round,
            Double.parseDouble(answer[1]), rate, load);
      });
    } finally {
      pandas.waitFor();
    }
    String load = context.load().before("import, CSVREAD");
    double csvRead = ImportBenchmark.csvReadBaseline(csv, folder.resolve("h2"));
    System.out.printf(Locale.ROOT, "  H2 CSVREAD: %,.0f rows/s [%s]%n", csvRead, load);
    return List.of(
        ResultRow.compare("import 1M rows, median of 3 vs pandas", "rows/s", Direction.HIGHER_IS_BETTER,
            Summary.of(ours), Summary.of(theirs), MEDIAN_FLOOR),
        ResultRow.compare("import 1M rows, cold vs pandas", "rows/s", Direction.HIGHER_IS_BETTER,
            Summary.single(ours.get(0)), Summary.single(theirs.get(0)), COLD_FLOOR),
        ResultRow.compare("import 1M rows, median of 3 vs H2 CSVREAD", "rows/s", Direction.HIGHER_IS_BETTER,
            Summary.of(ours), Summary.single(csvRead), null));
  }
}
