package org.modelworkbench.ml.tensorflow;

import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/** Builds TF-Java tensors from plain Java arrays and reads them back. */
final class TensorBatches {
  private TensorBatches() {}

  /** A float tensor of the given examples, batch first. */
  static TFloat32 examples(float[][] all, int[] order, int from, int to, long[] exampleShape) {
    int width = all[order[from]].length;
    float[] flat = new float[(to - from) * width];
    for (int i = from; i < to; i++) {
      System.arraycopy(all[order[i]], 0, flat, (i - from) * width, width);
    }
    long[] dims = new long[exampleShape.length + 1];
    dims[0] = to - from;
    System.arraycopy(exampleShape, 0, dims, 1, exampleShape.length);
    return TFloat32.tensorOf(Shape.of(dims), DataBuffers.of(flat, true, false));
  }

  /** A vector of class indices in the label input's type (int32 or int64). */
  static Tensor classes(int[] all, int[] order, int from, int to, DataType type) {
    if (type == DataType.DT_INT64) {
      long[] values = new long[to - from];
      for (int i = from; i < to; i++) {
        values[i - from] = all[order[i]];
      }
      return TInt64.vectorOf(values);
    }
    int[] values = new int[to - from];
    for (int i = from; i < to; i++) {
      values[i - from] = all[order[i]];
    }
    return TInt32.vectorOf(values);
  }

  /** A float tensor's values, flattened. */
  static float[] values(Tensor tensor) {
    TFloat32 floats = (TFloat32) tensor;
    float[] out = new float[(int) floats.size()];
    floats.copyTo(DataBuffers.of(out, false, false));
    return out;
  }
}
