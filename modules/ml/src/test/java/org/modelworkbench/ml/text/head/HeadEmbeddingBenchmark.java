package org.modelworkbench.ml.text.head;

import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.BuiltInEncoders;

/**
 * Head-route embedding throughput, run by hand (docs/benchmarks/text-embedding.md):
 * {@code ./mvnw -B -ntp -o -q -pl modules/ml -am test -Dtest=HeadEmbeddingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtext.benchmark=true}. Results go to standard output
 * and {@code modules/ml/target/head-embedding-benchmark.txt}.
 *
 * <p>Both sides run end to end on the same texts, tokenization, sorting by length, batches of 32
 * padded to length buckets and pooling included: the rebuilt encoder on PyTorch
 * ({@link PyTorchEncoderRuntime}) and the built-in's own ONNX file in ONNX Runtime
 * ({@link OnnxEncoderRuntime}). Rounds alternate between them; the best round of each counts.
 * The largest difference between their vectors is printed as well.
 */
@EnabledIfSystemProperty(named = "text.benchmark", matches = "true")
class HeadEmbeddingBenchmark {
  private final StringBuilder report = new StringBuilder();

  /** PyTorch at other batch sizes: does batching close the gap? ({@code -Dtext.benchmark.batches=true}) */
  @Test
  @EnabledIfSystemProperty(named = "text.benchmark.batches", matches = "true")
  void pytorchBatchSizes() throws Exception {
    EngineSetup.engine();
    List<String> texts = texts(256, 80, 7);
    EncoderReference ref = EncoderReference.builtIn(BuiltInEncoders.MINILM_L6);
    try (ai.djl.ndarray.NDManager m = EngineSetup.engine().newBaseManager();
        org.modelworkbench.ml.text.TextEncoder encoder = org.modelworkbench.ml.text.TextEncoder.load(
            BuiltInEncoders.MINILM_L6, ref.maxTokens(), m);
        OnnxEncoderRuntime ort = OnnxEncoderRuntime.open(BuiltInEncoders.MINILM_L6, ref.pooling(), 128, 1)) {
      embed(ort, texts.subList(0, 32));
      long t = System.nanoTime();
      embed(ort, texts);
      line("ONNX Runtime batch 32: %.1f texts/s", texts.size() / ((System.nanoTime() - t) / 1e9));
      for (int batch : new int[] {8, 16, 32, 64}) {
        org.modelworkbench.ml.text.TextEmbedder embedder = new org.modelworkbench.ml.text.TextEmbedder(encoder, batch);
        embedder.embed(texts.subList(0, 32));
        long t0 = System.nanoTime();
        embedder.embed(texts);
        line("PyTorch rebuilt, all-minilm-l6-v2, ~80 words, 1 thread, batch %d: %.1f texts/s", batch,
            texts.size() / ((System.nanoTime() - t0) / 1e9));
      }
    }
    Files.writeString(Paths.get("target", "head-embedding-batches.txt"), report);
  }

  @Test
  @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "text.benchmark.batches", matches = "true")
  void measure() throws Exception {
    EngineSetup.engine();
    int n = Integer.getInteger("text.benchmark.texts", 512);
    line("| model | words | threads | ONNX Runtime alone, texts/s | head route (ORT), texts/s"
        + " | rebuilt PyTorch, texts/s | head route / ORT | PyTorch / ORT | largest difference |");
    for (int words : new int[] {12, 80}) {
      List<String> texts = texts(n, words, 7);
      for (BuiltInEncoder e : List.of(BuiltInEncoders.MINILM_L6, BuiltInEncoders.BGE_SMALL_EN)) {
        for (int threads : new int[] {1, 2}) {
          measure(e, texts, words, threads);
        }
      }
    }
    Path out = Paths.get("target", "head-embedding-benchmark.txt");
    Files.writeString(out, report);
  }

  private void measure(BuiltInEncoder e, List<String> texts, int words, int threads) throws Exception {
    JniUtils.setNumThreads(threads);
    EncoderReference ref = EncoderReference.builtIn(e);
    try (PyTorchEncoderRuntime torch = PyTorchEncoderRuntime.open(ref);
        OnnxEncoderRuntime ort = OnnxEncoderRuntime.open(e, e.pooling(), ref.maxTokens(), threads)) {
      List<String> warm = texts.subList(0, 64);
      embed(torch, warm);
      embed(ort, warm);
      // ONNX Runtime alone on the same batches, made beforehand: the reference for the floor.
      List<org.modelworkbench.ml.text.TokenBatch> batches = new ArrayList<>();
      try (org.modelworkbench.ml.text.TextTokenizer tokenizer = org.modelworkbench.ml.text.TextTokenizer.of(e,
          ref.maxTokens())) {
        List<org.modelworkbench.ml.text.TokenizedText> tokens = new ArrayList<>(tokenizer.encode(texts));
        tokens.sort((x, y) -> Integer.compare(x.length(), y.length()));
        for (int from = 0; from < tokens.size(); from += 32) {
          batches.add(org.modelworkbench.ml.text.TokenBatch.bucketed(
              tokens.subList(from, Math.min(tokens.size(), from + 32)), ref.maxTokens()));
        }
      }
      double rawBest = 0;
      double torchBest = 0;
      double ortBest = 0;
      float[][] a = null;
      float[][] b = null;
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        a = embed(torch, texts);
        long t1 = System.nanoTime();
        b = embed(ort, texts);
        long t2 = System.nanoTime();
        for (org.modelworkbench.ml.text.TokenBatch batch : batches) {
          ort.pooled(batch);
        }
        long t3 = System.nanoTime();
        rawBest = Math.max(rawBest, texts.size() / ((t3 - t2) / 1e9));
        torchBest = Math.max(torchBest, texts.size() / ((t1 - t0) / 1e9));
        ortBest = Math.max(ortBest, texts.size() / ((t2 - t1) / 1e9));
      }
      double max = 0;
      for (int i = 0; i < a.length; i++) {
        for (int c = 0; c < a[i].length; c++) {
          max = Math.max(max, Math.abs(a[i][c] - b[i][c]));
        }
      }
      line("| %s | ~%d | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.1e |", e.id(), words, threads, rawBest,
          ortBest, torchBest, ortBest / rawBest, torchBest / rawBest, max);
    } finally {
      JniUtils.setNumThreads(EngineSetup.DEFAULT_THREADS);
    }
  }

  private static float[][] embed(EncoderRuntime runtime, List<String> texts) {
    float[][] out = new float[texts.size()][];
    runtime.embed(texts, (i, v) -> out[i] = v);
    return out;
  }

  /** Review-like texts of about {@code words} words, from a fixed vocabulary. */
  static List<String> texts(int n, int words, long seed) {
    String[] vocabulary = ("the this it was is very really not quite a bit too product blender phone case "
        + "battery screen delivery seller price quality great good bad awful fine okay works broke after "
        + "days weeks arrived late early cheap sturdy flimsy love hate return refund again would buy "
        + "recommend never always my daughter son kitchen morning evening charger cable box manual").split(" ");
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int count = Math.max(3, (int) Math.round(words * (0.5 + random.nextDouble())));
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < count; w++) {
        b.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
      }
      out.add(b.toString().trim());
    }
    return out;
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }
}
