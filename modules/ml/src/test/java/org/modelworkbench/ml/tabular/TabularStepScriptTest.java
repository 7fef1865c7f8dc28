package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.SeededInitializer;
import org.modelworkbench.model.ModelKind;

/**
 * The scripted step against the same step driven op by op through DJL (its Adam optimiser and
 * loss classes, as the route trained before the script): same parameters after several batches.
 */
class TabularStepScriptTest {
  private static final float LEARNING_RATE = 0.01f;

  @Test
  void anMlpClassifierStepsAsDjlsAdamOnSoftmaxCrossEntropyDoes() {
    compare(ModelKind.MLP, List.of(16, 8), 4, false);
  }

  @Test
  void aLinearRegressionStepsAsDjlsAdamOnTheMeanSquaredErrorDoes() {
    compare(ModelKind.LINEAR, List.of(), 1, true);
  }

  private static void compare(ModelKind kind, List<Integer> hidden, int outputs,
      boolean regression) {
    int width = 5;
    int rows = 32;
    try (NDManager manager = EngineSetup.engine().newBaseManager()) {
      Block scripted = network(manager, kind, hidden, outputs, width);
      Block reference = network(manager, kind, hidden, outputs, width);
      Random random = new Random(3);
      List<float[]> losses = new ArrayList<>();
      try (TabularStepScript step = new TabularStepScript(manager, scripted, LEARNING_RATE,
          TabularRun.WEIGHT_DECAY, regression)) {
        ParameterStore store = new ParameterStore(manager, false);
        store.setParameterServer(manager.getEngine().newParameterServer(Adam.builder()
            .optLearningRateTracker(Tracker.fixed(LEARNING_RATE))
            .optWeightDecays(TabularRun.WEIGHT_DECAY).build()), new Device[] {Device.cpu()});
        Loss loss = regression ? Loss.l2Loss("L2Loss", 1f) : Loss.softmaxCrossEntropyLoss();
        for (int batch = 0; batch < 5; batch++) {
          float[] x = new float[rows * width];
          for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
          }
          NDArray inputs = manager.create(x, new Shape(rows, width));
          NDArray labels = regression
              ? manager.randomNormal(new Shape(rows, 1))
              : manager.randomInteger(0, outputs, new Shape(rows), DataType.INT64);
          float scriptLoss = step.train(inputs, labels);
          float referenceLoss;
          try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray value = loss.evaluate(new NDList(labels),
                reference.forward(store, new NDList(inputs), true));
            collector.backward(value);
            referenceLoss = value.getFloat();
          }
          store.updateAllParameters();
          losses.add(new float[] {scriptLoss, referenceLoss});
        }
      }
      for (float[] pair : losses) {
        assertThat(pair[0]).isCloseTo(pair[1], org.assertj.core.data.Offset.offset(1e-4f));
      }
      List<Parameter> a = new ArrayList<>(scripted.getParameters().values());
      List<Parameter> b = new ArrayList<>(reference.getParameters().values());
      assertThat(a).hasSameSizeAs(b);
      for (int i = 0; i < a.size(); i++) {
        float[] trained = a.get(i).getArray().toFloatArray();
        float[] expected = b.get(i).getArray().toFloatArray();
        float change = 0;
        for (int j = 0; j < trained.length; j++) {
          assertThat(trained[j]).as("parameter %s value %d", a.get(i).getName(), j)
              .isCloseTo(expected[j], org.assertj.core.data.Offset.offset(1e-5f));
          change = Math.max(change, Math.abs(trained[j]));
        }
        assertThat(change).as("parameter %s moved", a.get(i).getName()).isGreaterThan(0f);
      }
    }
  }

  private static Block network(NDManager manager, ModelKind kind, List<Integer> hidden,
      int outputs, int width) {
    Block network = Networks.build(kind, hidden, outputs);
    network.setInitializer(new SeededInitializer(7), parameter -> true);
    network.initialize(manager, DataType.FLOAT32, new Shape(1, width));
    return network;
  }
}
