package org.modelworkbench.ml.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;

/**
 * One optimisation step on a batch, or one scoring pass, of a network whose parameters live in a
 * store with an optimiser attached.
 *
 * @param network the network
 * @param parameters its parameters and optimiser
 * @param loss the training loss
 */
public record BatchStep(Block network, ParameterStore parameters, Loss loss) {
  /** Forward, backward and update on one batch; returns the batch's mean loss. */
  public float train(NDArray x, NDArray y) {
    float value;
    synchronized (GradientLock.LOCK) {
      try (GradientCollector collector = x.getManager().getEngine().newGradientCollector()) {
        NDList predictions = network.forward(parameters, new NDList(x), true);
        NDArray batchLoss = loss.evaluate(new NDList(y), predictions);
        collector.backward(batchLoss);
        value = batchLoss.getFloat();
      }
      parameters.updateAllParameters();
    }
    return value;
  }

  /** Forward pass in inference mode, without recording gradients. */
  public NDList predict(NDList x) {
    return network.forward(parameters, x, false);
  }
}
