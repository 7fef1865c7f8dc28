package org.modelworkbench.ml.text.head;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.EmbeddingSink;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.ml.text.TokenBatch;
import org.modelworkbench.ml.text.TokenizedText;
import org.modelworkbench.ml.text.bert.Pooling;

/**
 * A built-in encoder's own ONNX file run by ONNX Runtime, for frozen use only (decision 0012: it
 * embeds about twice as fast as the rebuilt PyTorch encoder, with vectors equal within 1e-5).
 * Texts are batched as {@link org.modelworkbench.ml.text.TextEmbedder} batches them: tokenized
 * {@value #CHUNK_TEXTS} at a time, sorted by length, {@value #BATCH} per run, padded to the
 * batch's length bucket; pooling is done here in Java from the last layer's token vectors.
 *
 * <p>The session is made from the ONNX bytes read from the jar, so nothing is extracted to disk.
 */
final class OnnxEncoderRuntime implements EncoderRuntime {
  static final int BATCH = 32;
  static final int CHUNK_TEXTS = 1024;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final TextTokenizer tokenizer;
  private final Pooling pooling;
  private final int width;
  private final boolean typeIds;
  private final String output;

  private OnnxEncoderRuntime(OrtEnvironment env, OrtSession session, TextTokenizer tokenizer, Pooling pooling,
      int width) throws OrtException {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.width = width;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.output = session.getOutputNames().iterator().next();
  }

  /**
   * Opens a built-in encoder in ONNX Runtime.
   *
   * @param encoder the built-in
   * @param pooling the pooling
   * @param maxTokens tokens kept per text
   * @param threads intra-op threads
   * @return the runtime; close it
   * @throws IOException when the model cannot be read or ONNX Runtime cannot start
   */
  static OnnxEncoderRuntime open(BuiltInEncoder encoder, Pooling pooling, int maxTokens, int threads)
      throws IOException {
    byte[] model;
    try (InputStream in = encoder.openWeights()) {
      model = in.readAllBytes();
    }
    TextTokenizer tokenizer = TextTokenizer.of(encoder, Math.min(maxTokens, encoder.maxTokens()));
    try {
      OrtEnvironment env = environment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(Math.max(1, threads));
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        OrtSession session = env.createSession(model, options);
        return new OnnxEncoderRuntime(env, session, tokenizer, pooling, encoder.width());
      }
    } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
      tokenizer.close();
      throw new IOException("ONNX Runtime could not load " + encoder.displayName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The process's one ONNX Runtime environment. DJL's OnnxRuntime engine, when it is on the class
   * path (the tests' reference), insists on creating it with its own thread options and fails if
   * it already exists: let it create it first, then share it.
   */
  private static OrtEnvironment environment() {
    if (ai.djl.engine.Engine.hasEngine("OnnxRuntime")) {
      ai.djl.engine.Engine.getEngine("OnnxRuntime");
    }
    return OrtEnvironment.getEnvironment();
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public void embed(List<String> texts, EmbeddingSink sink) {
    for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
      int to = Math.min(texts.size(), from + CHUNK_TEXTS);
      List<TokenizedText> tokens = tokenizer.encode(texts.subList(from, to));
      List<Integer> order = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingInt(i -> tokens.get(i).length()));
      for (int b = 0; b < order.size(); b += BATCH) {
        List<Integer> rows = order.subList(b, Math.min(order.size(), b + BATCH));
        List<TokenizedText> batch = new ArrayList<>(rows.size());
        rows.forEach(i -> batch.add(tokens.get(i)));
        float[][] vectors = pooled(TokenBatch.bucketed(batch, tokenizer.maxLength()));
        for (int r = 0; r < rows.size(); r++) {
          sink.accept(from + rows.get(r), vectors[r]);
        }
      }
    }
  }

  /** Runs one padded batch and pools its last layer's token vectors. */
  float[][] pooled(TokenBatch batch) {
    long[] shape = {batch.rows(), batch.length()};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.mask()), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(batch.typeIds()), shape));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return pool(hidden, batch);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch of " + batch.rows() + " texts: "
          + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[][] pool(FloatBuffer hidden, TokenBatch batch) {
    int length = batch.length();
    float[][] out = new float[batch.rows()][width];
    for (int r = 0; r < batch.rows(); r++) {
      int base = r * length * width;
      if (pooling == Pooling.CLS) {
        hidden.get(base, out[r], 0, width);
        continue;
      }
      // Summed in double, then rounded once: as close to the exact mean as float32 allows.
      double[] sum = new double[width];
      int count = 0;
      for (int t = 0; t < length; t++) {
        if (batch.mask()[r * length + t] == 0) {
          continue;
        }
        count++;
        int at = base + t * width;
        for (int c = 0; c < width; c++) {
          sum[c] += hidden.get(at + c);
        }
      }
      for (int c = 0; c < width; c++) {
        out[r][c] = (float) (sum[c] / Math.max(1, count));
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      // Closing frees native memory; nothing more to do if it fails.
    }
    tokenizer.close();
  }
}
