package org.modelworkbench.ml.text;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.bert.BertClassifierBlock;
import org.modelworkbench.ml.text.bert.BertEncoderBlock;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.onnx.OnnxBertWeights;
import org.modelworkbench.ml.text.onnx.OnnxGraph;
import org.modelworkbench.ml.text.onnx.OnnxModelReader;

/**
 * Speeds of the text encoders, run by hand (not part of the build's tests):
 * {@code ./mvnw -B -ntp -o -q -pl modules/ml -am test -Dtest=TextEncoderBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtext.benchmark=true}; results go to standard output
 * and {@code modules/ml/target/text-benchmark.txt}.
 *
 * <p>Measured: reading the ONNX weights (from the jar, and from a plain file), building the block,
 * embedding throughput at batch 32 against ONNX Runtime on the same padded batches (1 and 2
 * threads each), and one fine-tuning step at batch 16 x 128 tokens.
 */
@EnabledIfSystemProperty(named = "text.benchmark", matches = "true")
class TextEncoderBenchmark {
  private final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    EngineSetup.engine();
    List<String> texts = reviews(512, 11);
    for (BuiltInEncoder e : List.of(BuiltInEncoders.MINILM_L6, BuiltInEncoders.BGE_SMALL_EN)) {
      readAndBuild(e);
      throughput(e, texts);
      fineTuneStep(e);
    }
    Path out = Paths.get("target", "text-benchmark.txt");
    Files.writeString(out, report);
  }

  private void readAndBuild(BuiltInEncoder e) throws Exception {
    Path file = OnnxRuntimeReference.extracted(e);
    long[] jarRead = new long[3];
    long[] fileRead = new long[3];
    long[] build = new long[3];
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      OnnxGraph g;
      try (InputStream in = e.openWeights()) {
        g = OnnxModelReader.read(in, e.weightsResource());
      }
      long t1 = System.nanoTime();
      g = OnnxModelReader.read(file);
      BertWeights w = OnnxBertWeights.from(g, e.weightsResource());
      long t2 = System.nanoTime();
      try (NDManager m = EngineSetup.engine().newBaseManager()) {
        BertEncoderBlock.pretrained(w, e.pooling(), m);
        build[i] = System.nanoTime() - t2;
      }
      jarRead[i] = t1 - t0;
      fileRead[i] = t2 - t1;
    }
    line("%s: read weights from the jar %d ms, from a file %d ms (incl. naming); build block %d ms"
        + " (median of 3)", e.id(), median(jarRead), median(fileRead), median(build));
  }

  private void throughput(BuiltInEncoder e, List<String> texts) throws Exception {
    for (int threads : new int[] {1, 2}) {
      JniUtils.setNumThreads(threads);
      try (NDManager manager = EngineSetup.engine().newBaseManager();
          TextEncoder encoder = TextEncoder.load(e, 128, manager);
          OnnxRuntimeReference ort = OnnxRuntimeReference.load(e, threads)) {
        TextEmbedder embedder = new TextEmbedder(encoder, 32);
        List<TokenBatch> batches = batches(encoder, texts);
        embedder.embed(texts.subList(0, 64));
        ort.pooled(batches.get(0));
        double rebuilt = Double.MAX_VALUE;
        double reference = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
          long t0 = System.nanoTime();
          embedder.embed(texts);
          rebuilt = Math.min(rebuilt, texts.size() / ((System.nanoTime() - t0) / 1e9));
          long t1 = System.nanoTime();
          for (TokenBatch b : batches) {
            ort.pooled(b);
          }
          reference = Math.min(reference, texts.size() / ((System.nanoTime() - t1) / 1e9));
        }
        int tokens = 0;
        for (TokenizedText t : encoder.tokenizer().encode(texts)) {
          tokens += t.length();
        }
        line("%s, %d thread(s), batch 32, %d texts of %.1f tokens on average: rebuilt DJL block "
            + "%.0f texts/s, ONNX Runtime %.0f texts/s (ratio %.2f)", e.id(), threads,
            texts.size(), tokens / (double) texts.size(), rebuilt, reference, rebuilt / reference);
      }
    }
    JniUtils.setNumThreads(1);
  }

  /** The same sorted, bucketed batches TextEmbedder makes, for ONNX Runtime. */
  private static List<TokenBatch> batches(TextEncoder encoder, List<String> texts) {
    List<TokenizedText> tokens = new ArrayList<>(encoder.tokenizer().encode(texts));
    tokens.sort((a, b) -> Integer.compare(a.length(), b.length()));
    List<TokenBatch> out = new ArrayList<>();
    for (int from = 0; from < tokens.size(); from += 32) {
      out.add(TokenBatch.bucketed(tokens.subList(from, Math.min(tokens.size(), from + 32)), 128));
    }
    return out;
  }

  private void fineTuneStep(BuiltInEncoder e) throws Exception {
    List<String> texts = reviews(16, 5).stream().map(t -> (t + " ").repeat(12)).toList();
    int[] labels = new int[16];
    for (int i = 0; i < 16; i++) {
      labels[i] = i % 2;
    }
    try (Model model = Model.newInstance("bench", "PyTorch");
        TextEncoder encoder = TextEncoder.load(e, 128, model.getNDManager())) {
      model.setBlock(new BertClassifierBlock(encoder.block(), 2, 0.1f));
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
          .optOptimizer(Optimizer.adamW().optLearningRateTracker(Tracker.fixed(3e-5f)).build());
      List<TokenizedText> tokens = encoder.tokenizer().encode(texts);
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(16, 128), new Shape(16, 128), new Shape(16, 128));
        FineTuningTest.step(trainer, tokens, labels, 0, 128);
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
          long t0 = System.nanoTime();
          FineTuningTest.step(trainer, tokens, labels, 0, 128);
          times[i] = System.nanoTime() - t0;
        }
        line("%s: fine-tuning step, batch 16 x %d tokens, 1 thread, AdamW: %d ms (median of 5)",
            e.id(), tokens.get(0).length(), median(times));
      }
    }
  }

  /** Review-like texts of 5 to 40 words, made from the samples' phrases. */
  static List<String> reviews(int n, long seed) {
    Random random = new Random(seed);
    List<String> phrases = TextSamples.reviews();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int p = 0; p < parts; p++) {
        b.append(phrases.get(random.nextInt(phrases.size()))).append(' ');
      }
      out.add(b.toString().trim());
    }
    return out;
  }

  private static long median(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1_000_000;
  }

  private void line(String format, Object... args) throws IOException {
    String text = String.format(java.util.Locale.ROOT, format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }
}
