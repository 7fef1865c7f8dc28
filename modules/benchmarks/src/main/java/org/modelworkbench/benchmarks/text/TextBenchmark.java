package org.modelworkbench.benchmarks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.ml.text.tfidf.TfidfClassifierOptions;
import org.modelworkbench.ml.text.tfidf.TfidfTextClassifier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * The TF-IDF text benchmark: on each corpus, the workbench's {@link TfidfTextClassifier} against
 * scikit-learn's {@code TfidfVectorizer() + LogisticRegression()} on the same seeded stratified
 * split, for several seeds. Prints a Markdown table per corpus (accuracy, macro F1, log loss, fit
 * and scoring time) and the ratio of the mean accuracies, and exits with status 1 when ours is
 * below the peer's on any corpus.
 *
 * <p>Corpora: {@link ReviewCorpus} (synthetic reviews, 2 classes, 4,000 train and 1,000 test as in
 * issue 11), {@link TicketCorpus} (synthetic tickets, 9 classes, two rare, also scored with its
 * extra columns), and {@link DebianDescriptions} (real package descriptions, 10 sections; skipped
 * with a message when the long descriptions are not on this machine).
 *
 * <pre>
 *   modules/benchmarks/run-text-benchmark.sh [seeds] [work folder] [corpus,...]
 * </pre>
 */
public final class TextBenchmark {
  private TextBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: the number of seeds (default 3), a work folder (default a new temporary
   *     one), a comma-separated list of corpora (default reviews,tickets,debian)
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("wb-text-");
    List<String> corpora = List.of((args.length > 2 ? args[2] : "reviews,tickets,debian").split(","));
    if (!SklearnPeer.available()) {
      System.exit(2);
    }
    System.out.printf(Locale.ROOT, "Load average at the start: %.2f; %d processors%n", loadAverage(),
        Runtime.getRuntime().availableProcessors());
    List<String> missed = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (String corpus : corpora) {
      List<TestScores> ours = new ArrayList<>();
      List<TestScores> oursExtras = new ArrayList<>();
      List<TestScores> peer = new ArrayList<>();
      List<TestScores> matched = new ArrayList<>();
      List<Double> chosen = new ArrayList<>();
      String shape = "";
      for (int s = 0; s < seeds; s++) {
        long seed = 1000L + s;
        LabelledTexts all = corpus(corpus, seed);
        if (all == null) {
          break;
        }
        TextSplit split = TextSplit.of(all, 0.2, seed);
        shape = String.format(Locale.ROOT, "%,d train / %,d test, %d classes", split.train().size(),
            split.test().size(), split.train().labels().stream().distinct().count());
        Path folder = work.resolve(corpus + "-" + seed);
        SklearnPeer.writeSplit(split, folder);
        TfidfTextClassifier model = null;
        TestScores mine = null;
        for (boolean withExtras : all.extraNames().isEmpty() ? new boolean[] {false} : new boolean[] {false, true}) {
          long started = System.nanoTime();
          TfidfTextClassifier m = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(),
              withExtras ? dense(split.train()) : null, TfidfClassifierOptions.defaults().withSeed(seed),
              ProgressListener.NONE, CancellationToken.none());
          double fit = seconds(started);
          started = System.nanoTime();
          double[][] p = m.predictProbabilities(split.test().texts(), withExtras ? dense(split.test()) : null,
              ProgressListener.NONE, CancellationToken.none());
          TestScores scores = TestScores.of(m.labels(), p, split.test().labels(), fit, seconds(started));
          (withExtras ? oursExtras : ours).add(scores);
          if (!withExtras) {
            model = m;
            mine = scores;
          }
        }
        chosen.add(model.report().chosenC());
        TestScores theirs = SklearnPeer.run(folder, "default", 1.0);
        peer.add(theirs);
        matched.add(SklearnPeer.run(folder, "matched", model.report().chosenC()));
        System.out.printf(Locale.ROOT, "%s seed %d: ours %.4f (C=%s, %d+%d features, fit %.1f s), scikit-learn %.4f%n",
            corpus, seed, mine.accuracy(), model.report().chosenC(), model.report().wordFeatures(),
            model.report().charFeatures(), mine.fitSeconds(), theirs.accuracy());
      }
      if (ours.isEmpty()) {
        continue;
      }
      System.out.println();
      System.out.println("### " + corpus + " (" + shape + ", " + seeds + " seeds)");
      System.out.println();
      System.out.println("| classifier | accuracy (mean) | accuracy per seed | macro F1 | log loss | fit s | score s |");
      System.out.println("|---|---|---|---|---|---|---|");
      row("workbench TF-IDF (word 1-2 + char_wb 2-5, C by 3-fold CV: " + chosen + ")", ours);
      if (!oursExtras.isEmpty()) {
        row("workbench TF-IDF + channel/product/priority columns", oursExtras);
      }
      row("scikit-learn TfidfVectorizer() + LogisticRegression() (peer)", peer);
      row("scikit-learn with our features and chosen C (check)", matched);
      double ratio = mean(ours, TestScores::accuracy) / mean(peer, TestScores::accuracy);
      System.out.println();
      double[] diff = new double[ours.size()];
      for (int i = 0; i < diff.length; i++) {
        diff[i] = ours.get(i).accuracy() - peer.get(i).accuracy();
      }
      double meanDiff = java.util.Arrays.stream(diff).average().orElse(0);
      double sd = Math.sqrt(java.util.Arrays.stream(diff).map(d -> (d - meanDiff) * (d - meanDiff)).sum()
          / Math.max(1, diff.length - 1));
      String line = String.format(Locale.ROOT, "%s: ours/peer accuracy = %.3f (target >= 1.000); paired"
          + " difference %+.4f, standard error %.4f over %d seeds", corpus, ratio, meanDiff,
          sd / Math.sqrt(diff.length), diff.length);
      System.out.println(line);
      summary.add(line);
      if (ratio < 1.0) {
        missed.add(corpus);
      }
    }
    System.out.println();
    summary.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "Peak resident memory of this JVM: %d MB%n", peakResidentKb() / 1024);
    System.out.println(missed.isEmpty() ? "All targets met." : "Missed: " + String.join(", ", missed));
    System.exit(missed.isEmpty() ? 0 : 1);
  }

  private static LabelledTexts corpus(String name, long seed) throws Exception {
    switch (name) {
      case "reviews":
        return ReviewCorpus.generate(5_000, seed);
      case "tickets":
        return TicketCorpus.generate(8_000, seed);
      case "debian":
        LabelledTexts all;
        try {
          all = DebianDescriptions.read(700);
        } catch (java.io.IOException e) {
          System.out.println("Skipping debian: " + e.getMessage());
          return null;
        }
        return all; // the same texts every seed; only the split changes
      default:
        throw new IllegalArgumentException("Unknown corpus " + name + "; use reviews, tickets or debian");
    }
  }

  private static DenseFeatures dense(LabelledTexts part) {
    return new DenseFeatures(part.extraNames(), part.extras());
  }

  private static void row(String name, List<TestScores> scores) {
    StringBuilder perSeed = new StringBuilder();
    for (TestScores s : scores) {
      perSeed.append(perSeed.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", s.accuracy()));
    }
    System.out.printf(Locale.ROOT, "| %s | %.4f | %s | %.4f | %.4f | %.2f | %.2f |%n", name,
        mean(scores, TestScores::accuracy), perSeed, mean(scores, TestScores::macroF1),
        mean(scores, TestScores::logLoss), mean(scores, TestScores::fitSeconds),
        mean(scores, TestScores::predictSeconds));
  }

  private static double mean(List<TestScores> scores, java.util.function.ToDoubleFunction<TestScores> f) {
    return scores.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long peakResidentKb() throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
