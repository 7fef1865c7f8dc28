package org.modelworkbench.model;

import java.util.List;

/**
 * One entry point of a model, such as a TensorFlow SavedModel's {@code serving_default}.
 *
 * @param name the signature's name
 * @param inputs its inputs
 * @param outputs its outputs
 */
public record SignatureSpec(String name, List<TensorSpec> inputs, List<TensorSpec> outputs) {
  /** Copies the lists. */
  public SignatureSpec {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }
}
