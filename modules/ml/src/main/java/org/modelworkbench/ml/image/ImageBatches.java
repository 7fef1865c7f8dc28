package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Builds batches of images and runs a network over many images without recording gradients. */
final class ImageBatches {
  /** Images per chunk when scoring. */
  static final int CHUNK = 256;

  private ImageBatches() {}

  /** The images at {@code order[from..to)} as one {@code [n, C, H, W]} array, augmented if asked. */
  static NDArray batch(NDManager manager, float[][] images, int[] order, int from, int to,
      ImageShape shape, Random augment) {
    int size = shape.size();
    float[] flat = new float[(to - from) * size];
    for (int i = from; i < to; i++) {
      float[] pixels = images[order == null ? i : order[i]];
      if (augment != null) {
        pixels = Augmenter.apply(pixels, shape, augment);
      }
      System.arraycopy(pixels, 0, flat, (i - from) * size, size);
    }
    return manager.create(flat, new Shape(to - from, shape.channels(), shape.height(), shape.width()));
  }

  /**
   * The network's outputs for every image, row after row.
   *
   * @param manager parent of the short-lived chunk arrays
   * @param network forward pass in inference mode
   * @param images the images
   * @param shape their shape
   * @param outputs outputs per image
   */
  static float[] outputs(NDManager manager, UnaryOperator<NDList> network, float[][] images,
      ImageShape shape, int outputs) {
    boolean recording = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      float[] out = new float[images.length * outputs];
      for (int from = 0; from < images.length; from += CHUNK) {
        int to = Math.min(images.length, from + CHUNK);
        try (NDManager chunk = manager.newSubManager()) {
          NDArray x = batch(chunk, images, null, from, to, shape, null);
          float[] values = network.apply(new NDList(x)).singletonOrThrow().toFloatArray();
          System.arraycopy(values, 0, out, from * outputs, values.length);
        }
      }
      return out;
    } finally {
      JniUtils.setGradMode(recording);
    }
  }

  /** Softmax of one row of logits. */
  static double[] softmax(float[] logits, int offset, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, logits[offset + j]);
    }
    double sum = 0;
    double[] p = new double[k];
    for (int j = 0; j < k; j++) {
      p[j] = Math.exp(logits[offset + j] - max);
      sum += p[j];
    }
    for (int j = 0; j < k; j++) {
      p[j] /= sum;
    }
    return p;
  }
}
