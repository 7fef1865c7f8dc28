package org.modelworkbench.ml.tabular;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.training.GradientLock;
import org.modelworkbench.model.WorkbenchException;

/**
 * The tabular route's training step: forward, backward and DJL's Adam update of a linear/ReLU
 * network in one TorchScript call per batch ({@code tabular-step.pt}, written by {@code
 * src/main/python/make_tabular_step.py}).
 *
 * <p>Driving the same step from Java costs some sixty engine calls per batch (each layer, the
 * loss, the backward pass, and per parameter a gradient copy, the update and the zeroing); at 64
 * rows a batch that overhead was most of the step (decision 14). The script updates the network's
 * own parameter tensors in place, so the network predicts, validates and saves as before.
 */
final class TabularStepScript implements AutoCloseable {
  private static final String SCRIPT = "tabular-step.pt";
  private final PtSymbolBlock script;
  private final NDArray settings;

  /**
   * Loads the script and hands it the network's parameters.
   *
   * @param manager the run's manager (its device is used)
   * @param network an initialised network of {@link Networks#build}: linear layers with ReLU
   *     between them
   * @param learningRate Adam's learning rate
   * @param weightDecay L2 weight decay added to the gradients
   * @param regression mean squared error on a {@code [rows, 1]} target instead of softmax
   *     cross-entropy on class indexes
   */
  TabularStepScript(NDManager manager, Block network, float learningRate, float weightDecay,
      boolean regression) {
    PtNDManager engineManager = (PtNDManager) manager;
    try (InputStream in = TabularStepScript.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new WorkbenchException("The tabular training step '" + SCRIPT
            + "' is missing from the application; reinstall it.");
      }
      script = JniUtils.loadModule(engineManager, in, true, false);
    } catch (IOException e) {
      throw new WorkbenchException("The tabular training step could not be read: "
          + e.getMessage(), e);
    }
    List<PtNDArray> parameters = new ArrayList<>();
    for (Parameter parameter : network.getParameters().values()) {
      NDArray array = parameter.getArray();
      array.setRequiresGradient(true);
      parameters.add((PtNDArray) array);
    }
    try (IValue list = IValue.listFrom(parameters.toArray(PtNDArray[]::new));
        IValue count = IValueUtils.runMethod(script, "setup", list)) {
      if (count.toLong() != parameters.size()) {
        throw new IllegalStateException("the training step took " + count.toLong()
            + " of " + parameters.size() + " parameters");
      }
    }
    settings = manager.create(new float[] {learningRate, weightDecay, regression ? 1f : 0f});
  }

  /**
   * One update on a batch.
   *
   * @param x inputs, {@code [rows, inputs]}
   * @param y class indexes {@code [rows]} (int64), or targets {@code [rows, 1]} for regression
   * @return the batch's mean loss before the update
   */
  float train(NDArray x, NDArray y) {
    synchronized (GradientLock.LOCK) {
      // Gradient mode is per thread, and off on the thread that started the engine.
      boolean recording = JniUtils.isGradMode();
      JniUtils.setGradMode(true);
      try (NDList loss = IValueUtils.forward(script, new NDList(x, y, settings), true)) {
        return loss.singletonOrThrow().getFloat();
      } finally {
        JniUtils.setGradMode(recording);
      }
    }
  }

  @Override
  public void close() {
    settings.close();
    script.close();
  }
}
