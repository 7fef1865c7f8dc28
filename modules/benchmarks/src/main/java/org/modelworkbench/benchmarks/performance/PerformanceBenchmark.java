package org.modelworkbench.benchmarks.performance;

import java.io.IOException;
import org.modelworkbench.benchmarks.BenchFiles;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.benchmarks.text.LoadSampler;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * The side-by-side benchmark of issue 13: runs every comparison, prints the machine it ran on, the
 * load, one table of medians with min and max and ratios against the floors, writes the rows as
 * JSON with {@code --json FILE}, and exits with status 1 when a floor is missed (2 for a usage or
 * set-up error). Started by {@code modules/benchmarks/run-benchmarks.sh}, which builds the app first.
 */
public final class PerformanceBenchmark {
  private PerformanceBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args see {@link BenchmarkOptions#USAGE}
   * @throws Exception when the work folder cannot be made
   */
  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Path root = Path.of(System.getProperty("workbench.root", ".")).toAbsolutePath().normalize();
    String problem = setUpProblem(root);
    if (problem != null) {
      System.err.println(problem);
      System.exit(2);
    }
    Path work = options.work() != null ? Files.createDirectories(options.work().toAbsolutePath())
        : Files.createTempDirectory("wb-performance-");
    for (String stale : List.of("projects", "import", "logs", "scored")) {
      BenchFiles.deleteTree(work.resolve(stale)); // a rerun in the same folder measures fresh projects; the data stays
    }
    BenchContext context = new BenchContext(options.quick(), root, work);
    LoadSampler sampler = new LoadSampler().start();
    long started = System.nanoTime();
    System.out.println(machine(options, work));

    Map<String, Comparison> comparisons = comparisons();
    List<ResultRow> rows = new ArrayList<>();
    for (Map.Entry<String, Comparison> entry : comparisons.entrySet()) {
      if (!options.runs(entry.getKey().replaceAll("-\\d+$", ""))) {
        continue;
      }
      Comparison c = entry.getValue();
      long begun = System.nanoTime();
      System.out.printf(Locale.ROOT, "%n== %s ==%n", c.title());
      try {
        rows.addAll(c.run(context));
      } catch (Exception | AssertionError e) {
        System.out.println("  FAILED: " + e);
        e.printStackTrace(System.out);
        rows.addAll(c.failedRows());
      }
      System.out.printf(Locale.ROOT, "  (%s took %.0f s)%n", c.title(), (System.nanoTime() - begun) / 1e9);
    }

    System.out.printf(Locale.ROOT, "%n== Results (%s mode, %.1f min, %s) ==%n", options.quick() ? "quick" : "full",
        (System.nanoTime() - started) / 60e9, sampler.summary());
    System.out.print(ResultTable.markdown(rows));
    System.out.println("ratio: higher is better for the workbench (workbench/peer for rates, peer/workbench for"
        + " times); floor: the least ratio the issue accepts, or a limit on the workbench's own figure.");
    String warning = context.load().warning();
    if (!warning.isEmpty()) {
      System.out.println(warning);
    }
    if (options.json() != null) {
      Files.writeString(options.json(), ResultTable.json(rows));
      System.out.println("Rows written to " + options.json());
    }
    List<String> missed = rows.stream().filter(ResultRow::missed).map(ResultRow::name).toList();
    System.out.println(missed.isEmpty() ? "Every floor met." : "Floors missed: " + String.join("; ", missed));
    System.out.println("Logs of every command: " + work.resolve("logs"));
    System.exit(missed.isEmpty() ? 0 : 1);
  }

  /** Every comparison in the order they run, by their {@code --only} key. */
  static Map<String, Comparison> comparisons() {
    Map<String, Comparison> all = new LinkedHashMap<>();
    // The import runs first: its first import is the cold one of this JVM.
    all.put("import", new ImportComparison());
    all.put("tabular-64", new TabularTraining(64));
    all.put("tabular-512", new TabularTraining(512));
    all.put("image", new ImageTraining());
    all.put("scoring", new Scoring());
    all.put("small-job", new SmallJob());
    all.put("startup", new ScriptComparison("start-up: launch to first frame vs Weka Explorer",
        "modules/benchmarks/run-startup-benchmark.sh", 1.0));
    all.put("stall", new ScriptComparison("FX-thread stall during import and training",
        "modules/benchmarks/run-stall-benchmark.sh", 100));
    return all;
  }

  /** What is missing for the benchmark to run, as a message with the fix, or null. */
  private static String setUpProblem(Path root) throws IOException, InterruptedException {
    if (!Files.isRegularFile(root.resolve("app/target/workbench.jar"))) {
      return "The app is not built: " + root.resolve("app/target/workbench.jar") + " is missing (run-benchmarks.sh"
          + " builds it; or pass -Dworkbench.root=<repository>).";
    }
    if (!WorkbenchCli.timeAvailable()) {
      return "/usr/bin/time is missing: apt-get install -y time";
    }
    List<String> missing = PythonPeer.missingPackages();
    if (!missing.isEmpty()) {
      return "The peers need Debian's Python packages: apt-get install -y " + String.join(" ", missing);
    }
    return null;
  }

  private static String machine(BenchmarkOptions options, Path work) {
    Runtime rt = Runtime.getRuntime();
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return String.format(Locale.ROOT, "Performance benchmark, %s mode, work folder %s%n"
        + "Machine: %d cores, %.1f GB memory, %s %s; one-minute load %.2f at the start%n"
        + "Java: %s (%s); peers: %s %s%n"
        + "Each side runs on one thread; the two alternate (workbench, peer, workbench, peer, ...).",
        options.quick() ? "quick" : "full", work, rt.availableProcessors(), memory / 1e9,
        System.getProperty("os.name"), System.getProperty("os.version"), LoadSampler.now(),
        System.getProperty("java.vm.version"), System.getProperty("java.vm.name"), PythonPeer.PYTHON,
        PythonPeer.torchVersion());
  }
}
