package org.modelworkbench.ml.tabular;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.List;
import org.modelworkbench.model.ModelKind;

/** Builds the network of a model kind. */
final class Networks {
  private Networks() {}

  /**
   * Builds an untrained network that maps {@code [rows, inputs]} to {@code [rows, outputs]}.
   *
   * @param kind {@link ModelKind#LINEAR}: one linear layer; {@link ModelKind#MLP}: one linear layer
   *     plus ReLU per hidden width, then a linear output layer
   * @param hiddenUnits hidden widths (ignored for a linear model)
   * @param outputs number of outputs: classes, or 1 for regression
   * @return the network
   */
  static SequentialBlock build(ModelKind kind, List<Integer> hiddenUnits, int outputs) {
    SequentialBlock net = new SequentialBlock();
    if (kind == ModelKind.MLP) {
      for (int units : hiddenUnits) {
        net.add(Linear.builder().setUnits(units).build());
        net.add(Activation.reluBlock());
      }
    }
    net.add(Linear.builder().setUnits(outputs).build());
    return net;
  }
}
