package org.modelworkbench.benchmarks.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text fine-tuning benchmark, end to end on the user's path: a corpus split is written as CSV
 * (text, label), imported into a fresh project with the {@code workbench} command line, trained
 * with {@code --model tfidf} and with full fine-tuning of each base encoder, and the held-out test
 * file is scored with {@code predict} (and cross-checked with {@code evaluate}). Each call's wall
 * time and peak resident memory come from {@code /usr/bin/time -v}. The scikit-learn TF-IDF +
 * logistic regression peer runs on the same split in the same run.
 *
 * <p>Exits 1 when the TF-IDF route is less accurate than the peer, when a fine-tuned model is not
 * more accurate than the peer, or when any call's peak resident memory exceeds 3 GiB; 3 when a
 * command fails; 2 when a tool is missing.
 *
 * <pre>
 *   modules/benchmarks/run-text-finetune-benchmark.sh [--train 4000] [--test 1000] [--epochs 2] ...
 * </pre>
 */
public final class FineTuneBenchmark {
  /** The memory ceiling of issue 11, in MiB (3 GiB). */
  static final double RSS_LIMIT_MB = 3 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private FineTuneBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --name value} pairs, see {@link FineTuneBenchmarkArgs#USAGE}
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    FineTuneBenchmarkArgs a = FineTuneBenchmarkArgs.parse(args);
    if (!SklearnPeer.available()) {
      System.exit(2);
    }
    if (!WorkbenchCli.timeAvailable()) {
      System.out.println("No /usr/bin/time: apt-get install -y time");
      System.exit(2);
    }
    Path root = Path.of(System.getProperty("workbench.root", ".")).toAbsolutePath().normalize();
    Files.createDirectories(a.work());
    LoadSampler load = new LoadSampler().start();
    System.out.printf(Locale.ROOT, "Started %s; load average %.2f; %d processors; work folder %s%n", Instant.now(),
        LoadSampler.now(), Runtime.getRuntime().availableProcessors(), a.work());
    List<String> failures = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (String corpus : a.corpora()) {
      TextSplit split = split(corpus, a);
      if (split == null) {
        // A corpus that was asked for and not measured is a miss, not a pass.
        failures.add("corpus " + corpus + " not measured (not on this machine)");
        continue;
      }
      report.append(runCorpus(corpus, split, root, a, failures));
    }
    report.append("\nLoad average during the run: ").append(load.summary()).append('\n');
    report.append("Finished ").append(Instant.now()).append('\n');
    report.append(failures.isEmpty() ? "All targets met.\n" : "Missed or failed:\n- " + String.join("\n- ", failures) + "\n");
    Files.writeString(a.work().resolve("results.md"), report.toString(), StandardCharsets.UTF_8);
    // The corpus tables were printed as each finished; the load and the verdict close the log.
    System.out.println();
    System.out.print(report.substring(report.lastIndexOf("\nLoad average during the run")));
    System.out.println("(all tables written to " + a.work().resolve("results.md") + ")");
    boolean commandFailed = failures.stream().anyMatch(f -> f.startsWith("command failed"));
    System.exit(failures.isEmpty() ? 0 : commandFailed ? 3 : 1);
  }

  /** The corpus split to the asked sizes, or null when the corpus is not on this machine. */
  private static TextSplit split(String corpus, FineTuneBenchmarkArgs a) throws Exception {
    LabelledTexts all;
    switch (corpus) {
      case "reviews":
        all = ReviewCorpus.generate(a.train() + a.test(), a.seed());
        break;
      case "debian":
        try {
          all = DebianDescriptions.read(700);
        } catch (IOException e) {
          System.out.println("Skipping debian: " + e.getMessage());
          return null;
        }
        break;
      default:
        throw new IllegalArgumentException("Unknown corpus " + corpus + "; use reviews or debian");
    }
    TextSplit s = TextSplit.of(all, (double) a.test() / (a.train() + a.test()), a.seed());
    // Both parts are shuffled, so their first rows are a fair sample when the corpus is larger.
    return new TextSplit(first(s.train(), a.train()), first(s.test(), a.test()));
  }

  private static LabelledTexts first(LabelledTexts part, int n) {
    int k = Math.min(n, part.size());
    return LabelledTexts.of(part.name(), part.texts().subList(0, k), part.labels().subList(0, k));
  }

  private static String runCorpus(String corpus, TextSplit split, Path root, FineTuneBenchmarkArgs a,
      List<String> failures) throws Exception {
    Path folder = a.work().resolve(corpus);
    Files.createDirectories(folder);
    // The peer reads JSON Lines; the workbench reads the same rows as CSV.
    SklearnPeer.writeSplit(split, folder);
    SimpleCsv.write(folder.resolve("train.csv"), List.of("text", "label"), rows(split.train(), true));
    SimpleCsv.write(folder.resolve("test.csv"), List.of("text", "label"), rows(split.test(), true));
    SimpleCsv.write(folder.resolve("new-texts.csv"), List.of("text"), rows(split.test(), false));
    long classes = split.train().labels().stream().distinct().count();
    String shape = String.format(Locale.ROOT, "%,d train / %,d test, %d classes", split.train().size(),
        split.test().size(), classes);
    System.out.println("== " + corpus + ": " + shape);

    TestScores peer = SklearnPeer.run(folder, "default", 1.0);
    // The workbench trains on 65 % of what it imports (15 % validation, 20 % its own test): the peer
    // on a stratified 65 % too shows what those held-out rows cost.
    TextSplit fewer = TextSplit.of(split.train(), 0.35, a.seed());
    Path fewerFolder = folder.resolve("peer-65");
    SklearnPeer.writeSplit(new TextSplit(fewer.train(), split.test()), fewerFolder);
    TestScores peer65 = SklearnPeer.run(fewerFolder, "default", 1.0);
    System.out.printf(Locale.ROOT, "peer accuracy %.4f (on %d rows), %.4f (on %d rows)%n", peer.accuracy(),
        split.train().size(), peer65.accuracy(), fewer.train().size());

    WorkbenchCli cli = new WorkbenchCli(root, a.work().resolve("home"), folder.resolve("project"),
        folder.resolve("logs"), a.javaOptions());
    List<MethodResult> results = new ArrayList<>();
    String importTrain = null;
    try {
      TimedCommand imported = cli.run("import-train", List.of("import", folder.resolve("train.csv").toString(),
          "--name", "train", "--types", "text=text", "--json"));
      importTrain = cli.shown(List.of("import", folder.resolve("train.csv").toString(), "--name", "train",
          "--types", "text=text"));
      check(imported, "import train.csv");
      check(cli.run("import-test", List.of("import", folder.resolve("test.csv").toString(), "--name", "test",
          "--types", "text=text", "--json")), "import test.csv");
      results.add(method(cli, folder, split, "workbench --model tfidf", "tfidf",
          List.of("--model", "tfidf"), failures));
      for (String base : a.bases()) {
        List<String> options = new ArrayList<>(List.of("--base", base, "--strategy", "full", "--epochs",
            Integer.toString(a.epochs())));
        options.addAll(a.trainOptions());
        results.add(method(cli, folder, split, "workbench --base " + base + " (full, " + a.epochs() + " epochs)",
            base, options, failures));
      }
    } catch (CommandFailed e) {
      failures.add("command failed on " + corpus + ": " + e.getMessage());
      System.out.println("FAILED: " + e.getMessage());
    }

    StringBuilder out = new StringBuilder();
    out.append("\n### ").append(corpus).append(" (").append(shape).append(")\n\n");
    out.append("| method | test accuracy | macro F1 | train s | peak RSS train MB | predict s | peak RSS"
        + " predict MB | peak RSS evaluate MB | accuracy − peer |\n");
    out.append("|---|---|---|---|---|---|---|---|---|\n");
    for (MethodResult r : results) {
      if (r == null) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.1f | %.0f | %.1f | %.0f | %.0f | %+.4f |%n",
          r.method(), r.scores().accuracy(), r.scores().macroF1(), r.scores().fitSeconds(), r.trainRssMb(),
          r.scores().predictSeconds(), r.scoreRssMb(), r.evaluateRssMb(), r.scores().accuracy() - peer.accuracy()));
    }
    out.append(String.format(Locale.ROOT, "| scikit-learn TfidfVectorizer() + LogisticRegression() (peer, %,d"
        + " rows) | %.4f | %.4f | %.2f (fit) | | %.2f | | | 0 |%n", split.train().size(), peer.accuracy(),
        peer.macroF1(), peer.fitSeconds(), peer.predictSeconds()));
    out.append(String.format(Locale.ROOT, "| the peer on a stratified 65 %% (%,d rows, as many as the workbench"
        + " trains on) | %.4f | %.4f | %.2f (fit) | | %.2f | | | %+.4f |%n", fewer.train().size(), peer65.accuracy(),
        peer65.macroF1(), peer65.fitSeconds(), peer65.predictSeconds(), peer65.accuracy() - peer.accuracy()));
    out.append("\nChecks: `evaluate --dataset test` accuracy, and the accuracy on the run's own test split"
        + " (20 % of the imported rows) that `train` printed:\n\n");
    for (MethodResult r : results) {
      if (r != null) {
        out.append(String.format(Locale.ROOT, "- %s: evaluate %.4f; own test split %.4f%n", r.method(),
            r.evaluateAccuracy(), r.internalTestAccuracy()));
      }
    }
    out.append("\nCommands (HOME and -Duser.home = ").append(a.work().resolve("home")).append("):\n\n");
    if (importTrain != null) {
      out.append("    ").append(importTrain).append('\n');
    }
    for (MethodResult r : results) {
      if (r != null) {
        out.append("    ").append(r.command()).append('\n');
      }
    }
    for (MethodResult r : results) {
      if (r == null) {
        continue;
      }
      boolean tfidf = r.method().contains("tfidf");
      if (tfidf && r.scores().accuracy() < peer.accuracy()) {
        failures.add(String.format(Locale.ROOT, "%s: TF-IDF route %.4f below the peer %.4f", corpus,
            r.scores().accuracy(), peer.accuracy()));
      }
      if (!tfidf && r.scores().accuracy() <= peer.accuracy()) {
        failures.add(String.format(Locale.ROOT, "%s: %s %.4f does not beat the peer %.4f", corpus, r.method(),
            r.scores().accuracy(), peer.accuracy()));
      }
      double worst = Math.max(r.trainRssMb(), Math.max(r.scoreRssMb(), r.evaluateRssMb()));
      if (worst > RSS_LIMIT_MB) {
        failures.add(String.format(Locale.ROOT, "%s: %s peaked at %.0f MB resident (limit %.0f)", corpus,
            r.method(), worst, RSS_LIMIT_MB));
      }
    }
    System.out.print(out);
    return out.toString();
  }

  private static List<List<String>> rows(LabelledTexts part, boolean withLabel) {
    List<List<String>> rows = new ArrayList<>(part.size());
    for (int i = 0; i < part.size(); i++) {
      rows.add(withLabel ? List.of(part.texts().get(i), part.labels().get(i)) : List.of(part.texts().get(i)));
    }
    return rows;
  }

  /** Trains one way, scores the test file with predict, and cross-checks with evaluate. */
  private static MethodResult method(WorkbenchCli cli, Path folder, TextSplit split, String method, String label,
      List<String> options, List<String> failures) throws Exception {
    List<String> trainArgs = new ArrayList<>(List.of("train", "--dataset", "train", "--target", "label"));
    trainArgs.addAll(options);
    String command = cli.shown(trainArgs);
    trainArgs.add("--json");
    TimedCommand trained = cli.run("train-" + label, trainArgs);
    check(trained, command);
    JsonNode run = lastJson(trained.stdout());
    String runId = run.get("runId").asText();
    double internal = run.path("metrics").path("accuracy").asDouble(Double.NaN);
    System.out.printf(Locale.ROOT, "  trained run %s in %.1f s, peak %.0f MB; own test split accuracy %.4f%n", runId,
        trained.seconds(), trained.peakRssMb(), internal);

    Path scored = folder.resolve("scored-" + label + ".csv");
    List<String> predictArgs = List.of("predict", "--run", runId, "--input", folder.resolve("new-texts.csv").toString(),
        "--out", scored.toString());
    TimedCommand predicted = cli.run("predict-" + label, predictArgs);
    check(predicted, cli.shown(predictArgs));
    TestScores scores = score(scored, split.test().labels(), trained.seconds(), predicted.seconds());
    System.out.printf(Locale.ROOT, "  predict: accuracy %.4f, macro F1 %.4f in %.1f s, peak %.0f MB%n",
        scores.accuracy(), scores.macroF1(), predicted.seconds(), predicted.peakRssMb());

    List<String> evaluateArgs = List.of("evaluate", "--run", runId, "--dataset", "test", "--json");
    TimedCommand evaluated = cli.run("evaluate-" + label, evaluateArgs);
    double evaluateAccuracy = Double.NaN;
    if (evaluated.exitCode() == 0) {
      evaluateAccuracy = lastJson(evaluated.stdout()).path("metrics").path("accuracy").asDouble(Double.NaN);
      if (Math.abs(evaluateAccuracy - scores.accuracy()) > 1e-9) {
        failures.add(String.format(Locale.ROOT, "%s: evaluate says %.4f but predict's file scores %.4f", method,
            evaluateAccuracy, scores.accuracy()));
      }
    } else {
      failures.add("command failed: " + cli.shown(evaluateArgs) + " exited " + evaluated.exitCode() + ": "
          + evaluated.stderrTail());
    }
    System.out.printf(Locale.ROOT, "  evaluate: accuracy %.4f in %.1f s, peak %.0f MB%n", evaluateAccuracy,
        evaluated.seconds(), evaluated.peakRssMb());
    return new MethodResult(method, scores, trained.peakRssMb(), predicted.peakRssMb(), evaluateAccuracy,
        evaluated.peakRssMb(), internal, command);
  }

  /** Test figures from predict's output: its probability_CLASS columns against the true labels. */
  static TestScores score(Path scored, List<String> truth, double fitSeconds, double predictSeconds)
      throws IOException {
    List<List<String>> records = SimpleCsv.read(scored);
    List<String> header = records.get(0);
    List<String> classes = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).startsWith("probability_")) {
        classes.add(header.get(c).substring("probability_".length()));
        columns.add(c);
      }
    }
    if (records.size() - 1 != truth.size() || classes.isEmpty()) {
      throw new IOException(scored + " has " + (records.size() - 1) + " rows and " + classes.size()
          + " probability columns; expected " + truth.size() + " rows");
    }
    double[][] p = new double[truth.size()][classes.size()];
    for (int i = 0; i < truth.size(); i++) {
      for (int k = 0; k < classes.size(); k++) {
        p[i][k] = Double.parseDouble(records.get(i + 1).get(columns.get(k)));
      }
    }
    return TestScores.of(classes, p, truth, fitSeconds, predictSeconds);
  }

  private static JsonNode lastJson(String stdout) throws IOException {
    String text = stdout.trim();
    int start = text.indexOf('{');
    if (start < 0) {
      throw new IOException("No JSON in the output: " + text);
    }
    return JSON.readTree(text.substring(start));
  }

  private static void check(TimedCommand result, String what) {
    if (result.exitCode() != 0) {
      throw new CommandFailed(what + " exited " + result.exitCode() + " after " + Math.round(result.seconds())
          + " s; stdout: " + result.stdout().trim() + "; stderr ends: " + result.stderrTail());
    }
  }

  /** A command-line call that did not succeed: a product error to report. */
  private static final class CommandFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailed(String message) {
      super(message);
    }
  }
}
