package org.modelworkbench.ml.text.finetune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Fine-tuning speed and memory, run by hand (not part of the build's tests), one model and one
 * phase per JVM so the memory peaks do not mix:
 * {@code ./mvnw -B -ntp -o -q -pl modules/ml -am test -Dtest=TextFineTuningBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtext.finetune.benchmark=minilm} (or {@code bge}),
 * with {@code -Dtext.finetune.phase=score} to measure scoring alone (a fresh process that builds
 * the classifier and scores). Results are appended to
 * {@code modules/ml/target/text-fine-tuning-benchmark.txt}.
 *
 * <p>Measured: seconds per optimiser step at batch 16 with every text truncated to 128 tokens
 * (the first steps, while the engine warms up, are left out), seconds per 1,000 texts, and the
 * peak resident memory ({@code VmHWM}, reset through {@code /proc/self/clear_refs} between the
 * phases) while training and while scoring 2,000 texts.
 */
@EnabledIfSystemProperty(named = "text.finetune.benchmark", matches = "minilm|bge")
class TextFineTuningBenchmark {
  private static final int WARM_UP_STEPS = 2;
  private static final int STEPS = 8;

  @TempDir
  Path dir;

  @Test
  void measure() throws Exception {
    BuiltInEncoder model = "bge".equals(System.getProperty("text.finetune.benchmark"))
        ? BuiltInEncoders.BGE_SMALL_EN : BuiltInEncoders.MINILM_L6;
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%s, load average before: %s%n",
        model.displayName(), Files.readString(Path.of("/proc/loadavg")).trim()));
    LabelledTexts train = texts(16 * (WARM_UP_STEPS + STEPS), 1);
    LabelledTexts validation = texts(16, 2);
    if ("score".equals(System.getProperty("text.finetune.phase"))) {
      score(model, report);
      return;
    }
    long baseline = resetPeak();
    List<Long> stepNanos = new ArrayList<>();
    long[] last = {System.nanoTime()};
    FineTuneOptions options = FineTuneOptions.defaults().withEpochs(1).withCheckpoints(0, 0);
    long t0 = System.nanoTime();
    FineTuneResult result = new TextFineTuner(options, dir.resolve("run")).train(
        BaseEncoder.of(model), List.of("a", "b"), train, validation, null,
        new FineTuneListener() {
          @Override
          public void onStep(FineTuneStep step) {
            long now = System.nanoTime();
            stepNanos.add(now - last[0]);
            last[0] = now;
          }
        }, CancellationToken.none());
    double runSeconds = (System.nanoTime() - t0) / 1e9;
    long trainPeak = peakKb();
    long heapMb = Runtime.getRuntime().totalMemory() >> 20;
    double[] timed = stepNanos.subList(WARM_UP_STEPS, stepNanos.size()).stream()
        .mapToDouble(n -> n / 1e9).sorted().toArray();
    double median = timed[timed.length / 2];
    double mean = Arrays.stream(timed).average().orElse(0);
    report.append(String.format(Locale.ROOT, "train: %d steps of 16 x 128 tokens; per step "
            + "median %.2f s, mean %.2f s (min %.2f, max %.2f); %.0f s per 1,000 texts; whole "
            + "run incl. loading, validation, best-model save %.1f s; peak RSS %.0f MB "
            + "(before the run %.0f MB; Java heap committed %d MB; MALLOC_ARENA_MAX=%s)%n",
        timed.length, median, mean, timed[0],
        timed[timed.length - 1], median / 16 * 1000, runSeconds, trainPeak / 1024.0,
        baseline / 1024.0, heapMb, System.getenv("MALLOC_ARENA_MAX")));

    try (FineTunedTextClassifier classifier = result.classifier()) {
      LabelledTexts scoring = texts(2000, 3);
      resetPeak();
      long s0 = System.nanoTime();
      classifier.probabilities(scoring.texts(), null, ProgressListener.NONE,
          CancellationToken.none());
      double seconds = (System.nanoTime() - s0) / 1e9;
      report.append(String.format(Locale.ROOT, "score after training, same process: 2,000 texts of 128 tokens in %.1f s "
              + "(%.1f s per 1,000); peak RSS %.0f MB%n", seconds, seconds / 2,
          peakKb() / 1024.0));
    }
    report.append(String.format(Locale.ROOT, "load average after: %s%n%n",
        Files.readString(Path.of("/proc/loadavg")).trim()));
    System.out.print(report);
    Files.writeString(Paths.get("target", "text-fine-tuning-benchmark.txt"), report,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Scoring alone, in a fresh process: the classifier as a run would load it. */
  private void score(BuiltInEncoder model, StringBuilder report) throws Exception {
    long baseline = resetPeak();
    BaseEncoder.Read read = BaseEncoder.of(model).read();
    Path saved = dir.resolve("model");
    try (FineTunedTextClassifier c = FineTunedTextClassifier.create(read.weights(),
        read.tokenizerJson(), List.of("a", "b"), 128, 0.1f, 1, null)) {
      c.save(saved);
    }
    read = null;
    resetPeak();
    try (FineTunedTextClassifier classifier = FineTunedTextClassifier.load(saved)) {
      LabelledTexts scoring = texts(2000, 3);
      long s0 = System.nanoTime();
      int[] calls = {0};
      classifier.probabilities(scoring.texts(), null, (f, m) -> {
        if (calls[0]++ % 8 == 0) {
          try {
            System.err.println("resident memory: " + m + ", RSS " + status("VmRSS") / 1024 + " MB");
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      },
          CancellationToken.none());
      double seconds = (System.nanoTime() - s0) / 1e9;
      report.append(String.format(Locale.ROOT, "score alone: loading the saved folder and "
              + "scoring 2,000 texts of 128 tokens in %.1f s (%.1f s per 1,000); peak RSS "
              + "%.0f MB (JVM at start %.0f MB)%n", seconds, seconds / 2, peakKb() / 1024.0,
          baseline / 1024.0));
    }
    report.append(String.format(Locale.ROOT, "load average after: %s%n%n",
        Files.readString(Path.of("/proc/loadavg")).trim()));
    System.out.print(report);
    Files.writeString(Paths.get("target", "text-fine-tuning-benchmark.txt"), report,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Texts of random common words, long enough that each is truncated to 128 tokens. */
  static LabelledTexts texts(int n, long seed) {
    String[] words = ("the a product review great terrible delivery arrived late early "
        + "quality price value battery screen works broke after day week month love hate "
        + "recommend return refund seller service fast slow cheap expensive good bad very "
        + "really not never always would again family gift kitchen phone charger cable box")
        .split(" ");
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(n);
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 160; w++) {
        b.append(words[random.nextInt(words.length)]).append(' ');
      }
      texts.add(b.toString());
      classes[i] = i % 2;
    }
    return new LabelledTexts(texts, classes);
  }

  /** Resets the peak resident memory to the current one; returns the current one in kB. */
  private static long resetPeak() throws IOException {
    System.gc();
    Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    return status("VmRSS");
  }

  private static long peakKb() throws IOException {
    return status("VmHWM");
  }

  private static long status(String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
