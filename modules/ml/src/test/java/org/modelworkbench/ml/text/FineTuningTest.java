package org.modelworkbench.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.bert.BertClassifierBlock;

/**
 * The rebuilt encoder fine-tunes with DJL's own Trainer: on 32 short reviews, a classifier made
 * of all-MiniLM-L6-v2 and a linear head lowers its loss over 3 epochs, and the encoder's own
 * pretrained weights move (not only the head's).
 */
class FineTuningTest {

  @Test
  void lossFallsAndEncoderWeightsChange() throws Exception {
    EngineSetup.engine();
    List<String> texts = TextSamples.reviews();
    int[] labels = TextSamples.reviewLabels();
    try (Model model = Model.newInstance("text-classifier", "PyTorch");
        TextEncoder encoder = TextEncoder.load(BuiltInEncoders.MINILM_L6, 64,
            model.getNDManager())) {
      float[] queryBefore = encoder.block().namedParameters()
          .get("encoder.layer.0.attention.self.query.weight").getArray().toFloatArray();
      model.setBlock(new BertClassifierBlock(encoder.block(), 2, 0.1f));
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
          .optOptimizer(Optimizer.adamW().optLearningRateTracker(Tracker.fixed(1e-4f)).build());
      List<TokenizedText> tokens = encoder.tokenizer().encode(texts);
      List<Float> epochLosses = new ArrayList<>();
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(8, 16), new Shape(8, 16), new Shape(8, 16));
        for (int epoch = 0; epoch < 3; epoch++) {
          float sum = 0;
          for (int from = 0; from < texts.size(); from += 8) {
            sum += step(trainer, tokens.subList(from, from + 8), labels, from,
                encoder.maxLength());
          }
          epochLosses.add(sum / 4);
        }
      }
      float[] queryAfter = encoder.block().namedParameters()
          .get("encoder.layer.0.attention.self.query.weight").getArray().toFloatArray();
      assertThat(epochLosses.get(2)).as("epoch losses %s", epochLosses)
          .isLessThan(epochLosses.get(0) * 0.7f);
      assertThat(RebuiltEncoderMatchesOnnxRuntimeTest.maxDifference(queryBefore, queryAfter))
          .isGreaterThan(1e-5);
    }
  }

  /** One optimiser step on a batch; returns its loss. */
  static float step(Trainer trainer, List<TokenizedText> batch, int[] labels, int from,
      int maxLength) {
    try (NDManager scope = trainer.getManager().newSubManager()) {
      NDList inputs = TokenBatch.bucketed(batch, maxLength).toNDList(scope);
      float[] y = new float[batch.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = labels[from + i];
      }
      NDArray target = scope.create(y);
      float loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList logits = trainer.forward(inputs);
        NDArray value = trainer.getLoss().evaluate(new NDList(target), logits);
        collector.backward(value);
        loss = value.getFloat();
      }
      trainer.step();
      return loss;
    }
  }
}
