package org.modelworkbench.ml.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes pooled text vectors with an encoder, in inference mode.
 *
 * <p>Memory stays bounded whatever the number of texts: texts are tokenized
 * {@value #CHUNK_TEXTS} at a time, sorted by length within that chunk, run {@code batchSize} at a
 * time padded to the batch's length bucket ({@link LengthBuckets}), and each batch's engine memory
 * is freed before the next. Sorting keeps padding small; the vectors come back in input order.
 *
 * <p>Vectors are plain float arrays, so they carry no engine state: a head trained on them never
 * meets the "Inference tensors cannot be saved for backward" error that an array produced in
 * inference mode causes (STACK.md; such an array would need {@code duplicate()}).
 */
public final class TextEmbedder {
  /** Batch size measured as a good trade of speed and memory on 2 cores. */
  public static final int DEFAULT_BATCH = 32;
  /** Texts tokenized and sorted together. */
  static final int CHUNK_TEXTS = 1024;

  private final TextEncoder encoder;
  private final int batchSize;

  /**
   * An embedder.
   *
   * @param encoder the encoder (its block is run with training off)
   * @param batchSize texts per forward pass
   */
  public TextEmbedder(TextEncoder encoder, int batchSize) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.encoder = encoder;
    this.batchSize = batchSize;
  }

  /**
   * The vectors of texts.
   *
   * @param texts the texts
   * @return one vector per text, in order
   */
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    embed(texts, (i, v) -> out[i] = v);
    return out;
  }

  /**
   * Computes the vectors of texts and hands each to a sink as its batch finishes, so a caller can
   * store them without holding them all.
   *
   * @param texts the texts
   * @param sink receives each vector once
   */
  public void embed(List<String> texts, EmbeddingSink sink) {
    // PyTorch's gradient mode is per thread and on by default except on the engine's first
    // thread: switch it off so no autograd graph is kept.
    boolean recording = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      ParameterStore store = new ParameterStore(encoder.manager(), false);
      for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
        int to = Math.min(texts.size(), from + CHUNK_TEXTS);
        embedChunk(texts.subList(from, to), from, store, sink);
      }
    } finally {
      JniUtils.setGradMode(recording);
    }
  }

  private void embedChunk(List<String> texts, int offset, ParameterStore store,
      EmbeddingSink sink) {
    List<TokenizedText> tokens = encoder.tokenizer().encode(texts);
    List<Integer> order = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> tokens.get(i).length()));
    for (int from = 0; from < order.size(); from += batchSize) {
      List<Integer> rows = order.subList(from, Math.min(order.size(), from + batchSize));
      List<TokenizedText> batch = new ArrayList<>(rows.size());
      rows.forEach(i -> batch.add(tokens.get(i)));
      float[][] vectors = run(TokenBatch.bucketed(batch, encoder.maxLength()), store);
      for (int r = 0; r < rows.size(); r++) {
        sink.accept(offset + rows.get(r), vectors[r]);
      }
    }
  }

  /**
   * Runs one padded batch.
   *
   * @param batch the batch
   * @param store parameter store of the encoder's manager
   * @return the pooled vector of each row
   */
  float[][] run(TokenBatch batch, ParameterStore store) {
    try (NDManager scope = encoder.manager().newSubManager()) {
      NDList inputs = batch.toNDList(scope);
      NDArray pooled = encoder.block().forward(store, inputs, false).get(0);
      float[] flat = pooled.toFloatArray();
      int width = encoder.width();
      float[][] out = new float[batch.rows()][];
      for (int r = 0; r < batch.rows(); r++) {
        out[r] = new float[width];
        System.arraycopy(flat, r * width, out[r], 0, width);
      }
      return out;
    }
  }
}
