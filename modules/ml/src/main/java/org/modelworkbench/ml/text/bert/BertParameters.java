package org.modelworkbench.ml.text.bert;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;
import java.util.Map;

/**
 * Builds the encoder's DJL parameters. Weights start as BERT's own initialisation (normal, standard
 * deviation 0.02) until pretrained values replace them; LayerNorm starts at scale 1, shift 0.
 */
final class BertParameters {
  /** BERT's {@code initializer_range}. */
  static final float INIT_STD = 0.02f;

  private BertParameters() {}

  static Parameter weight(String name, Map<String, long[]> shapes) {
    return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
        .optInitializer(new NormalInitializer(INIT_STD)).optShape(new Shape(shapes.get(name)))
        .build();
  }

  static Parameter bias(String name, Map<String, long[]> shapes) {
    return Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
        .optShape(new Shape(shapes.get(name))).build();
  }

  static Parameter gamma(String name, Map<String, long[]> shapes) {
    return Parameter.builder().setName(name).setType(Parameter.Type.GAMMA)
        .optShape(new Shape(shapes.get(name))).build();
  }

  static Parameter beta(String name, Map<String, long[]> shapes) {
    return Parameter.builder().setName(name).setType(Parameter.Type.BETA)
        .optShape(new Shape(shapes.get(name))).build();
  }
}
