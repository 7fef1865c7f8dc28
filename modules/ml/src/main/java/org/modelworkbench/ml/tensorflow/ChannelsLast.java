package org.modelworkbench.ml.tensorflow;

/**
 * Reorders images from channels-first (how the workbench reads them) to channels-last (how
 * TensorFlow models usually take them).
 */
public final class ChannelsLast {
  private ChannelsLast() {}

  /**
   * One image's values from channels, height, width order to height, width, channels.
   *
   * @param chw the flattened image
   * @param channels number of channels
   * @return a new flattened array
   */
  public static float[] fromChannelsFirst(float[] chw, int channels) {
    int plane = chw.length / channels;
    float[] out = new float[chw.length];
    for (int c = 0; c < channels; c++) {
      for (int p = 0; p < plane; p++) {
        out[p * channels + c] = chw[c * plane + p];
      }
    }
    return out;
  }
}
