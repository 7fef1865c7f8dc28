package org.modelworkbench.ml.tabular;

import org.modelworkbench.model.Task;

/**
 * Loss and headline metric of network outputs on scored rows, in the same units as the training
 * loss: cross-entropy for classes, mean squared error of the standardised target for numbers.
 *
 * @param loss mean loss per row
 * @param metric accuracy (classification) or RMSE in the target's own units (regression)
 */
record ValidationScore(double loss, double metric) {

  /**
   * Scores outputs against the rows' targets.
   *
   * @param outputs network outputs, row after row
   * @param data the rows scored
   * @param manifest the model (task, classes, target scaling)
   */
  static ValidationScore of(float[] outputs, TrainingData data, ModelManifest manifest) {
    int n = data.rows();
    if (manifest.task() == Task.CLASSIFICATION) {
      int k = manifest.outputWidth();
      double loss = 0;
      int correct = 0;
      for (int r = 0; r < n; r++) {
        int label = (int) data.classes()[r];
        loss += Outputs.crossEntropy(outputs, r * k, k, label);
        correct += Outputs.argmax(outputs, r * k, k) == label ? 1 : 0;
      }
      return new ValidationScore(loss / n, (double) correct / n);
    }
    double squares = 0;
    for (int r = 0; r < n; r++) {
      double error = outputs[r] - data.targets()[r];
      squares += error * error;
    }
    double mse = squares / n;
    return new ValidationScore(mse, Math.sqrt(mse) * manifest.targetScaling().std());
  }
}
