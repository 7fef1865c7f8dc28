package org.modelworkbench.benchmarks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.ml.text.head.EmbeddingCache;
import org.modelworkbench.ml.text.head.EncoderHeadClassifier;
import org.modelworkbench.ml.text.head.EncoderHeadOptions;
import org.modelworkbench.ml.text.head.EncoderHeadTrainer;
import org.modelworkbench.ml.text.head.EncoderReference;
import org.modelworkbench.ml.text.head.HeadType;
import org.modelworkbench.ml.text.tfidf.TfidfClassifierOptions;
import org.modelworkbench.ml.text.tfidf.TfidfTextClassifier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Accuracy of the frozen-encoder route (ml.text.head) against TF-IDF on the same splits:
 * bge-small-en-v1.5 (CLS) and all-MiniLM-L6-v2 (mean) with the linear head (standardised or raw
 * vectors), the MLP head, and a linear layer trained by Adam (an MLP without hidden layer).
 *
 * <pre>{@code
 * java -cp ... org.modelworkbench.benchmarks.text.HeadBenchmark [seeds] [work folder] [reviews,debian]
 * }</pre>
 *
 * One corpus is made per name (reviews with seed 1000); the seeds vary the stratified 80/20
 * split. Vectors are cached in the work folder, so each text is encoded once per encoder; the
 * first run's encoding time is printed.
 */
public final class HeadBenchmark {
  private HeadBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args seeds (default 3), work folder, corpora (default reviews,debian)
   * @throws Exception when a corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("wb-head-");
    List<String> corpora = List.of((args.length > 2 ? args[2] : "reviews,debian").split(","));
    EmbeddingCache cache = new EmbeddingCache(work.resolve("vectors"));
    EncoderReference bge = EncoderReference.builtIn(BuiltInEncoders.BGE_SMALL_EN);
    EncoderReference minilm = EncoderReference.builtIn(BuiltInEncoders.MINILM_L6);
    Map<String, EncoderHeadOptions> configs = new LinkedHashMap<>();
    configs.put("bge-small-en, linear head (standardised, C by CV)", EncoderHeadOptions.defaults(bge).withStandardise(true));
    configs.put("bge-small-en, linear head, raw vectors (default)", EncoderHeadOptions.defaults(bge));
    configs.put("bge-small-en, MLP head (256, dropout 0.2)", EncoderHeadOptions.defaults(bge).withHead(HeadType.MLP));
    configs.put("bge-small-en, linear layer by Adam (DJL)",
        EncoderHeadOptions.defaults(bge).withHead(HeadType.MLP).withHiddenUnits(0));
    configs.put("MiniLM-L6, linear head (standardised, C by CV)", EncoderHeadOptions.defaults(minilm).withStandardise(true));
    configs.put("MiniLM-L6, MLP head (256, dropout 0.2)", EncoderHeadOptions.defaults(minilm).withHead(HeadType.MLP));
    System.out.printf(Locale.ROOT, "Load average at the start: %.2f; %d processors%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    for (String corpus : corpora) {
      LabelledTexts all = switch (corpus) {
        case "reviews" -> ReviewCorpus.generate(5_000, 1000);
        case "debian" -> DebianDescriptions.read(700);
        case "tickets" -> TicketCorpus.generate(8_000, 1000);
        default -> throw new IllegalArgumentException("Unknown corpus " + corpus);
      };
      Map<String, List<TestScores>> scores = new LinkedHashMap<>();
      String shape = "";
      for (int s = 0; s < seeds; s++) {
        long seed = 1000L + s;
        TextSplit split = TextSplit.of(all, 0.2, seed);
        shape = String.format(Locale.ROOT, "%,d train / %,d test, %d classes", split.train().size(),
            split.test().size(), split.train().labels().stream().distinct().count());
        long t0 = System.nanoTime();
        TfidfTextClassifier tfidf = TfidfTextClassifier.fit(split.train().texts(), split.train().labels(),
            TfidfClassifierOptions.defaults().withSeed(seed));
        double fit = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        double[][] p = tfidf.predictProbabilities(split.test().texts());
        scores.computeIfAbsent("TF-IDF + logistic regression (reference)", k -> new ArrayList<>())
            .add(TestScores.of(tfidf.labels(), p, split.test().labels(), fit, (System.nanoTime() - t1) / 1e9));
        for (Map.Entry<String, EncoderHeadOptions> c : configs.entrySet()) {
          try (EncoderHeadClassifier model = EncoderHeadTrainer.fit(split.train().texts(), split.train().labels(),
              null, c.getValue().withSeed(seed), cache, ProgressListener.NONE, CancellationToken.none())) {
            if (model.report().textsEncoded() > 0) {
              System.out.printf(Locale.ROOT, "  %s: encoded %,d texts in %.1f s (%.1f texts/s)%n", c.getKey(),
                  model.report().textsEncoded(), model.report().encodeSeconds(),
                  model.report().textsEncoded() / model.report().encodeSeconds());
            }
            long p0 = System.nanoTime();
            double[][] q = model.probabilities(split.test().texts(), null, ProgressListener.NONE,
                CancellationToken.none());
            scores.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(TestScores.of(model.labels(), q,
                split.test().labels(), model.report().headSeconds(), (System.nanoTime() - p0) / 1e9));
            System.out.printf(Locale.ROOT, "  seed %d, %s: accuracy %.4f (head %.1f s%s)%n", seed, c.getKey(),
                scores.get(c.getKey()).get(s).accuracy(), model.report().headSeconds(),
                model.report().chosenC() > 0 ? ", C = " + model.report().chosenC()
                    : ", best epoch " + model.report().epochs());
          }
        }
      }
      System.out.printf(Locale.ROOT, "%n### %s (%s, %d seeds)%n%n", corpus, shape, seeds);
      System.out.println("| method | accuracy (mean) | per seed | macro F1 | log loss | head fit s |");
      System.out.println("|---|---|---|---|---|---|");
      scores.forEach((name, list) -> {
        StringBuilder per = new StringBuilder();
        for (TestScores t : list) {
          per.append(per.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", t.accuracy()));
        }
        System.out.printf(Locale.ROOT, "| %s | %.4f | %s | %.4f | %.4f | %.2f |%n", name,
            list.stream().mapToDouble(TestScores::accuracy).average().orElse(0), per,
            list.stream().mapToDouble(TestScores::macroF1).average().orElse(0),
            list.stream().mapToDouble(TestScores::logLoss).average().orElse(0),
            list.stream().mapToDouble(TestScores::fitSeconds).average().orElse(0));
      });
    }
  }
}
