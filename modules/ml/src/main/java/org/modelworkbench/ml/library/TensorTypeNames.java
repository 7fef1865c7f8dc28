package org.modelworkbench.ml.library;

import java.util.Locale;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorInfo;

/**
 * Names a SavedModel tensor's element type as TensorFlow's Python API does ({@code float32},
 * {@code int64}, {@code bool}, ...), which is how the people exporting the models know them.
 *
 * <p>The name comes from the generated {@link DataType} enum ({@code DT_INT64} is {@code int64});
 * only the three C-style names in that enum differ from the Python ones.
 */
final class TensorTypeNames {
  private static final String PREFIX = "DT_";
  /** Reference types ({@code DT_FLOAT_REF}) hold the same elements as the plain type. */
  private static final String REFERENCE_SUFFIX = "_REF";

  private TensorTypeNames() {}

  /** The element type's name, or {@code type N} for a code this TensorFlow version does not know. */
  static String of(TensorInfo info) {
    DataType type = info.getDtype();
    if (type == DataType.UNRECOGNIZED) {
      return "type " + info.getDtypeValue();
    }
    if (type == DataType.DT_INVALID) {
      return "unknown";
    }
    String name = type.name();
    if (name.endsWith(REFERENCE_SUFFIX)) {
      name = name.substring(0, name.length() - REFERENCE_SUFFIX.length());
    }
    name = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "float" -> "float32";
      case "double" -> "float64";
      case "half" -> "float16";
      default -> name;
    };
  }
}
