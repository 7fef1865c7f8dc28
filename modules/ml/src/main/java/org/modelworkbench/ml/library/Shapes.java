package org.modelworkbench.ml.library;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.WorkbenchException;

/** Converts shapes between arrays, lists and text such as {@code 3×224×224} or {@code 3,224,224}. */
public final class Shapes {
  private Shapes() {}

  /** A shape as {@code 3×224×224}. */
  public static String text(long[] shape) {
    StringBuilder sb = new StringBuilder();
    for (long d : shape) {
      if (sb.length() > 0) {
        sb.append('×');
      }
      sb.append(d);
    }
    return sb.toString();
  }

  /** A shape as {@code 3×224×224}. */
  public static String text(List<Long> shape) {
    return text(toArray(shape));
  }

  /**
   * Reads {@code 3,224,224} (also with {@code x} or {@code ×} between the numbers).
   *
   * @throws WorkbenchException when a dimension is not a positive whole number
   */
  public static long[] parse(String text) {
    String[] parts = text.trim().split("\\s*[,x×X]\\s*");
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Long.parseLong(parts[i]);
      } catch (NumberFormatException e) {
        out[i] = -1;
      }
      if (out[i] < 1) {
        throw new WorkbenchException("The input shape '" + text + "' is not a list of positive whole numbers "
            + "such as 3,224,224.");
      }
    }
    return out;
  }

  /** A list as an array. */
  public static long[] toArray(List<Long> shape) {
    long[] out = new long[shape.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = shape.get(i);
    }
    return out;
  }

  /** An array as a list. */
  public static List<Long> toList(long[] shape) {
    List<Long> out = new ArrayList<>(shape.length);
    for (long d : shape) {
      out.add(d);
    }
    return out;
  }
}
