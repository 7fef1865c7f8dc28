package org.modelworkbench.ml.text.onnx;

import java.util.Arrays;

/**
 * One tensor of an ONNX file: an initializer, or the value of a {@code Constant} node.
 *
 * <p>Only the element types a BERT export holds are decoded: 32-bit floats into {@link #floats()}
 * and 32/64-bit integers into {@link #longs()}. Other types keep their name and shape with both
 * arrays null, so a reader can say which tensor it cannot use.
 *
 * @param name the tensor's name in the graph
 * @param dataType ONNX {@code TensorProto.DataType} number ({@link #FLOAT}, {@link #INT64}, ...)
 * @param dims the shape
 * @param floats the values of a float tensor, row-major, else null
 * @param longs the values of an integer tensor, else null
 */
public record OnnxTensor(String name, int dataType, long[] dims, float[] floats, long[] longs) {
  /** {@code TensorProto.DataType.FLOAT}. */
  public static final int FLOAT = 1;
  /** {@code TensorProto.DataType.INT32}. */
  public static final int INT32 = 6;
  /** {@code TensorProto.DataType.INT64}. */
  public static final int INT64 = 7;

  /** Number of elements the shape holds. */
  public long size() {
    long n = 1;
    for (long d : dims) {
      n *= d;
    }
    return n;
  }

  @Override
  public String toString() {
    return name + " type " + dataType + " " + Arrays.toString(dims);
  }
}
