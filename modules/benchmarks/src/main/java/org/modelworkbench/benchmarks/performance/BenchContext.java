package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.BenchmarkCsv;
import org.modelworkbench.benchmarks.text.TimedCommand;
import org.modelworkbench.benchmarks.text.WorkbenchCli;

/**
 * What every comparison shares: the mode (quick or full), the folders, the generated data (made on
 * first use and kept for the rest of the run), the workbench's command line on fresh projects, the
 * peer scripts and the load watch.
 */
final class BenchContext {
  /** Rows of the training file and of the small job (the file). */
  static final int TRAINING_ROWS = 50_000;
  /** Columns of the training file. */
  static final int TRAINING_FEATURES = 64;
  /** Rows of the scoring and import files: the issue keeps them at a million in both modes. */
  static final int MILLION = 1_000_000;
  /** Columns of the scoring file and of the small model that scores it. */
  static final int SCORING_FEATURES = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final boolean quick;
  private final Path root;
  private final Path work;
  private final Path home;
  private final PythonPeer peer;
  private final LoadWatch load;
  private final List<String> javaOptions;
  private int projects;

  /**
   * @param quick whether to run the short version
   * @param root the repository root
   * @param work the folder for data, projects and logs
   */
  BenchContext(boolean quick, Path root, Path work) {
    this.quick = quick;
    this.root = root;
    this.work = work;
    // One home for every command: the engine's natives are unpacked into it once, as on a user's
    // machine after the first start, and each comparison gets projects of its own.
    this.home = work.resolve("home");
    this.peer = new PythonPeer(root.resolve("modules/benchmarks/python"), work.resolve("logs"));
    this.load = new LoadWatch(Runtime.getRuntime().availableProcessors());
    String options = System.getenv().getOrDefault("WORKBENCH_JAVA_OPTS", "").strip();
    this.javaOptions = options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
  }

  boolean quick() {
    return quick;
  }

  /** Quick or full, whichever applies. */
  int pick(int quickValue, int fullValue) {
    return quick ? quickValue : fullValue;
  }

  Path root() {
    return root;
  }

  Path work() {
    return work;
  }

  LoadWatch load() {
    return load;
  }

  PythonPeer peer() {
    return peer;
  }

  /** The workbench's command line on a new, empty project. */
  WorkbenchCli newProject(String name) throws IOException {
    Path project = work.resolve("projects").resolve(String.format("%02d-%s", ++projects, name));
    if (Files.exists(project)) {
      throw new IllegalStateException("The project folder " + project + " already exists; use a new work folder.");
    }
    return new WorkbenchCli(root, home, project, work.resolve("logs").resolve(project.getFileName()), javaOptions);
  }

  /**
   * Runs a workbench command and fails with its stderr when it fails.
   *
   * @return the command's result
   */
  static TimedCommand check(TimedCommand command, String what) {
    if (command.exitCode() != 0) {
      throw new IllegalStateException(what + " failed with status " + command.exitCode() + ":\n"
          + command.stderrTail());
    }
    return command;
  }

  /** The JSON a workbench command printed with --json. */
  static JsonNode json(TimedCommand command) throws IOException {
    return JSON.readTree(command.stdout());
  }

  /** The 50,000 x 64 training file with 10 classes. */
  Path trainingCsv() throws IOException {
    return data("train-50k-x64.csv", f -> ClassesCsv.write(f, TRAINING_ROWS, TRAINING_FEATURES, 50_064L));
  }

  /** A 50,000-row file of the scoring file's 16 columns, to train the scoring model on. */
  Path scoringTrainCsv() throws IOException {
    return data("train-50k-x16.csv", f -> ClassesCsv.write(f, TRAINING_ROWS, SCORING_FEATURES, 50_016L));
  }

  /** The million rows to score: 16 numeric columns and the label. */
  Path scoringCsv() throws IOException {
    return data("score-1m-x16.csv", f -> ClassesCsv.write(f, MILLION, SCORING_FEATURES, 1_000_016L));
  }

  /** The million-row mixed CSV of the import benchmark. */
  Path importCsv() throws IOException {
    return data("import-1m-mixed.csv", f -> {
      if (!Files.exists(f)) {
        BenchmarkCsv.write(f, MILLION);
      }
      return f;
    });
  }

  /** The folder of 28 x 28 grey pictures, one sub-folder per class. */
  Path images(int count) throws IOException {
    return data("images-" + count, f -> DigitImages.write(f, count, 28_028L));
  }

  private interface Maker {
    Path make(Path file) throws IOException;
  }

  private Path data(String name, Maker maker) throws IOException {
    Path file = Files.createDirectories(work.resolve("data")).resolve(name);
    long started = System.nanoTime();
    boolean existed = Files.exists(file);
    maker.make(file);
    if (!existed) {
      System.out.printf(Locale.ROOT, "Generated %s in %.1f s%n", file, (System.nanoTime() - started) / 1e9);
    }
    return file;
  }
}
