package org.modelworkbench.ml.text.tfidf;

import java.util.Arrays;
import java.util.Objects;

/**
 * Fitted one-vs-rest logistic regression weights over sparse inputs, and the probabilities they
 * give. The arithmetic is LIBLINEAR's own ({@code Linear.predictProbability}): one sigmoid per
 * class, normalised to sum to one, or for two classes one decision and its complement. Weights
 * are kept as floats, in memory as on disk, so a saved model predicts exactly as it did.
 */
final class LinearModel {
  private final int classes;
  private final int dimension;
  /** One column of weights per decision: 1 for two classes, else one per class. */
  private final int columns;
  /** The class of each column; for two classes, the class whose score is the sigmoid. */
  private final int[] columnClass;
  /** For two classes, the other class; -1 otherwise. */
  private final int otherClass;
  /** {@code (dimension + 1) * columns} weights, row-major by input; the last row is the bias. */
  private final float[] weights;

  LinearModel(int classes, int dimension, int[] columnClass, int otherClass, float[] weights) {
    this.classes = classes;
    this.dimension = dimension;
    this.columns = columnClass.length;
    this.columnClass = columnClass.clone();
    this.otherClass = otherClass;
    if (weights.length != (long) (dimension + 1) * columns) {
      throw new IllegalArgumentException(weights.length + " weights for " + dimension + " inputs and "
          + columns + " columns");
    }
    if ((columns == 1) != (otherClass >= 0)) {
      throw new IllegalArgumentException("one column needs the other class, and only one column does");
    }
    this.weights = weights;
  }

  /**
   * Takes the weights of a trained LIBLINEAR model whose labels are our class indices. Classes the
   * model never saw get probability 0.
   */
  static LinearModel from(de.bwaldvogel.liblinear.Model model, int classes, int dimension) {
    int[] labels = model.getLabels();
    double[] w = model.getFeatureWeights();
    int nrW = labels.length == 2 ? 1 : labels.length;
    int[] columnClass = new int[nrW];
    for (int i = 0; i < nrW; i++) {
      columnClass[i] = labels[i];
    }
    float[] weights = new float[(dimension + 1) * nrW];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) w[i];
    }
    return new LinearModel(classes, dimension, columnClass, labels.length == 2 ? labels[1] : -1, weights);
  }

  /** The class probabilities of one input vector, indexed by class. */
  double[] probabilities(SparseVector x) {
    double[] decision = new double[columns];
    int[] idx = x.indices();
    float[] val = x.values();
    for (int k = 0; k < idx.length; k++) {
      int base = idx[k] * columns;
      for (int j = 0; j < columns; j++) {
        decision[j] += weights[base + j] * (double) val[k];
      }
    }
    int bias = dimension * columns;
    for (int j = 0; j < columns; j++) {
      decision[j] += weights[bias + j]; // the bias input is 1
    }
    double[] p = new double[classes];
    if (columns == 1) {
      double first = 1 / (1 + Math.exp(-decision[0]));
      p[columnClass[0]] = first;
      p[otherClass] = 1 - first;
      return p;
    }
    double sum = 0;
    for (int j = 0; j < columns; j++) {
      double s = 1 / (1 + Math.exp(-decision[j]));
      p[columnClass[j]] = s;
      sum += s;
    }
    for (int c = 0; c < classes; c++) {
      p[c] /= sum;
    }
    return p;
  }

  int classes() {
    return classes;
  }

  int dimension() {
    return dimension;
  }

  int[] columnClass() {
    return columnClass.clone();
  }

  int otherClass() {
    return otherClass;
  }

  float[] weights() {
    return weights;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearModel m && classes == m.classes && dimension == m.dimension
        && otherClass == m.otherClass && Arrays.equals(columnClass, m.columnClass) && Arrays.equals(weights, m.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classes, dimension, otherClass, Arrays.hashCode(columnClass), Arrays.hashCode(weights));
  }
}
