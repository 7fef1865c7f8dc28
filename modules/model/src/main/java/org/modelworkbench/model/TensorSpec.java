package org.modelworkbench.model;

import java.util.List;

/**
 * One named input or output of a model: its name, element type and shape.
 *
 * @param name the tensor's name, for example {@code input_1} or {@code logits}
 * @param dtype the element type, for example {@code float32}
 * @param shape the dimensions; -1 marks a dimension of any size (usually the batch)
 */
public record TensorSpec(String name, String dtype, List<Long> shape) {
  /** Copies the shape. */
  public TensorSpec {
    shape = shape == null ? List.of() : List.copyOf(shape);
  }
}
