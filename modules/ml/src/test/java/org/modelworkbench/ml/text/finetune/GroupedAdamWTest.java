package org.modelworkbench.ml.text.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.ml.engine.EngineSetup;

/**
 * Two AdamW steps on two small parameters, against PyTorch's {@code torch.optim.AdamW} formulas
 * written out in Java: decoupled decay, bias correction, each group's own learning rate, and
 * zeroed gradients after the step.
 */
class GroupedAdamWTest {

  @Test
  void stepsFollowPyTorchsAdamWWithOneRatePerGroup() {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      Map<String, Parameter> params = new LinkedHashMap<>();
      params.put("bert.encoder.layer.0.output.dense.weight", parameter(m, "enc", 0.5f, -1f));
      params.put("classifier.weight", parameter(m, "head", 2f, 0.25f));
      GroupedAdamW adam = new GroupedAdamW(params, 0.01f, 0.1f, 0.5f, 0f, m);
      double[][] w = {{0.5, -1}, {2, 0.25}};
      double[][] mean = new double[2][2];
      double[][] var = new double[2][2];
      float[] rates = {0.01f, 0.1f};
      for (int t = 1; t <= 2; t++) {
        // loss = sum(x^3): gradient 3 x^2
        try (GradientCollector c = m.getEngine().newGradientCollector()) {
          NDArray loss = params.values().stream().map(p -> p.getArray().pow(3).sum())
              .reduce(NDArray::add).orElseThrow();
          c.backward(loss);
        }
        adam.step(t == 1 ? 1f : 0.5f);
        for (int p = 0; p < 2; p++) {
          double lr = rates[p] * (t == 1 ? 1 : 0.5);
          for (int i = 0; i < 2; i++) {
            double g = 3 * w[p][i] * w[p][i];
            w[p][i] *= 1 - lr * 0.5;
            mean[p][i] = 0.9 * mean[p][i] + 0.1 * g;
            var[p][i] = 0.999 * var[p][i] + 0.001 * g * g;
            double mHat = mean[p][i] / (1 - Math.pow(0.9, t));
            double vHat = var[p][i] / (1 - Math.pow(0.999, t));
            w[p][i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
          }
        }
        int p = 0;
        for (Parameter param : params.values()) {
          float[] got = param.getArray().toFloatArray();
          assertThat((double) got[0]).isCloseTo(w[p][0], within(1e-5));
          assertThat((double) got[1]).isCloseTo(w[p][1], within(1e-5));
          try (NDArray grad = param.getArray().getGradient()) {
            assertThat(grad.toFloatArray()).containsOnly(0f);
          }
          p++;
        }
      }
      assertThat(adam.steps()).isEqualTo(2);
    }
  }

  @Test
  void aNanGradientIsZeroedWithoutAStepSoTheWeightsStayAsTheyWere() {
    try (NDManager m = EngineSetup.engine().newBaseManager()) {
      Map<String, Parameter> params = new LinkedHashMap<>();
      params.put("classifier.weight", parameter(m, "head", 2f, 0.25f));
      GroupedAdamW adam = new GroupedAdamW(params, 0.01f, 0.1f, 0.5f, 1f, m);
      NDArray weight = params.get("classifier.weight").getArray();
      // loss = sum(sqrt(x - 3)): the square root of a negative number, NaN, and a NaN gradient
      try (GradientCollector c = m.getEngine().newGradientCollector()) {
        c.backward(weight.sub(3f).sqrt().sum());
      }
      assertThat(adam.gradientNorm()).isNaN();
      adam.zeroGradients();
      assertThat(adam.gradientNorm()).isZero();
      try (NDArray grad = weight.getGradient()) {
        assertThat(grad.toFloatArray()).containsOnly(0f);
      }
      assertThat(weight.toFloatArray()).containsExactly(2f, 0.25f);
      assertThat(adam.steps()).isZero();
    }
  }

  private static Parameter parameter(NDManager m, String name, float... values) {
    Parameter p = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(values.length)).build();
    p.setInitializer((manager, shape, type) -> manager.create(values));
    p.initialize(m, ai.djl.ndarray.types.DataType.FLOAT32);
    return p;
  }
}
