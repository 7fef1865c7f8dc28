package org.modelworkbench.ml.text.weights;

import java.util.Arrays;

/**
 * One named weight as 32-bit floats, row-major, in the layout of the model it came from.
 *
 * @param shape the dimensions
 * @param values the elements, as many as the shape holds
 */
public record WeightTensor(long[] shape, float[] values) {
  /**
   * Checks that the values fill the shape.
   *
   * @throws IllegalArgumentException if they do not
   */
  public WeightTensor {
    if (size(shape) != values.length) {
      throw new IllegalArgumentException(values.length + " values for shape "
          + Arrays.toString(shape));
    }
  }

  /**
   * The number of elements a shape holds.
   *
   * @param shape dimensions
   * @return their product
   */
  public static long size(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  /**
   * The transpose of a matrix, for weights stored input-major (ONNX {@code MatMul}) that a
   * PyTorch-style linear layer wants output-major.
   *
   * @return a new tensor of shape {@code [shape[1], shape[0]]}
   * @throws IllegalStateException if this is not a matrix
   */
  public WeightTensor transposed() {
    if (shape.length != 2) {
      throw new IllegalStateException("not a matrix: " + Arrays.toString(shape));
    }
    int rows = Math.toIntExact(shape[0]);
    int cols = Math.toIntExact(shape[1]);
    float[] out = new float[values.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[c * rows + r] = values[r * cols + c];
      }
    }
    return new WeightTensor(new long[] {cols, rows}, out);
  }

  /** The shape as text, for messages: {@code [384, 1536]}. */
  public String shapeText() {
    return Arrays.toString(shape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightTensor t && Arrays.equals(shape, t.shape)
        && Arrays.equals(values, t.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "WeightTensor" + shapeText();
  }
}
