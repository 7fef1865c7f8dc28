package org.modelworkbench.ml.tabular;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.UnaryOperator;

/**
 * Runs a network over many rows in chunks without recording gradients, freeing each chunk's
 * engine memory right away.
 */
final class Forward {
  /** Rows per chunk: large enough to amortise engine calls, small enough to bound memory. */
  static final int CHUNK_ROWS = 1024;

  private Forward() {}

  /**
   * Feeds rows through the network.
   *
   * @param manager parent of the short-lived chunk arrays (its device is used)
   * @param network the forward pass, without gradient recording
   * @param rows input rows, each {@code inputWidth} long
   * @param inputWidth inputs per row
   * @param outputWidth outputs per row
   * @return outputs, row after row
   */
  static float[] run(NDManager manager, UnaryOperator<NDList> network, float[][] rows,
      int inputWidth, int outputWidth) {
    // PyTorch's gradient mode is per thread and on by default on every thread but the one that
    // started the engine: switch it off here so no autograd graph is built.
    boolean recording = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      float[] out = new float[rows.length * outputWidth];
      for (int from = 0; from < rows.length; from += CHUNK_ROWS) {
        int to = Math.min(rows.length, from + CHUNK_ROWS);
        try (NDManager chunk = manager.newSubManager()) {
          NDArray x = chunk.create(gather(rows, null, from, to, inputWidth),
              new Shape(to - from, inputWidth));
          float[] values = network.apply(new NDList(x)).singletonOrThrow().toFloatArray();
          System.arraycopy(values, 0, out, from * outputWidth, values.length);
        }
      }
      return out;
    } finally {
      JniUtils.setGradMode(recording);
    }
  }

  /**
   * Copies rows into one flat array, row after row.
   *
   * @param rows all rows
   * @param order row indexes to take, or null for the rows in order
   * @param from first position (inclusive) in {@code order}
   * @param to last position (exclusive)
   * @param width values per row
   */
  static float[] gather(float[][] rows, int[] order, int from, int to, int width) {
    float[] flat = new float[(to - from) * width];
    for (int i = from; i < to; i++) {
      System.arraycopy(rows[order == null ? i : order[i]], 0, flat, (i - from) * width, width);
    }
    return flat;
  }
}
