package org.modelworkbench.ml.text.tfidf;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import java.util.Random;

/**
 * Trains L2-regularised logistic regression on sparse vectors with LIBLINEAR's primal Newton
 * solver ({@code L2R_LR}), one-vs-rest for more than two classes. The intercept is not
 * regularised, as in scikit-learn's LogisticRegression. The rows are converted to LIBLINEAR's
 * nodes once and shared by every fit (folds and C values).
 */
final class LinearTrainer {
  /**
   * Stopping tolerance on the gradient norm, relative to its start. Ten times tighter than
   * LIBLINEAR's default 0.01: a looser fit changed held-out accuracy in the third decimal here.
   */
  static final double TOLERANCE = 1e-3;

  static {
    // LIBLINEAR prints its iterations to standard output by default.
    Linear.disableDebugOutput();
  }

  private final Feature[][] rows;
  private final int[] classes;
  private final int classCount;
  private final int dimension;

  /**
   * @param vectors one input vector per example, indices below {@code dimension}
   * @param classes the class index of every example
   * @param classCount the number of classes
   * @param dimension the number of inputs
   */
  LinearTrainer(List<SparseVector> vectors, int[] classes, int classCount, int dimension) {
    this.classes = classes;
    this.classCount = classCount;
    this.dimension = dimension;
    this.rows = new Feature[vectors.size()][];
    for (int r = 0; r < rows.length; r++) {
      SparseVector v = vectors.get(r);
      Feature[] nodes = new Feature[v.size() + 1];
      for (int k = 0; k < v.size(); k++) {
        nodes[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]); // LIBLINEAR counts from 1
      }
      nodes[v.size()] = new FeatureNode(dimension + 1, 1.0); // the bias input
      rows[r] = nodes;
    }
  }

  /**
   * Fits on some of the examples.
   *
   * @param subset the examples to use, or null for all
   * @param c the inverse regularisation strength
   * @param weighting how classes weigh
   * @param seed the solver's seed
   * @return the fitted weights
   */
  LinearModel train(int[] subset, double c, ClassWeighting weighting, long seed) {
    int l = subset == null ? rows.length : subset.length;
    Problem problem = new Problem();
    problem.l = l;
    problem.n = dimension + 1;
    problem.bias = 1;
    problem.x = new Feature[l][];
    problem.y = new double[l];
    int[] counts = new int[classCount];
    for (int i = 0; i < l; i++) {
      int r = subset == null ? i : subset[i];
      problem.x[i] = rows[r];
      problem.y[i] = classes[r];
      counts[classes[r]]++;
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, c, TOLERANCE);
    parameter.setRegularizeBias(false);
    parameter.setRandom(new Random(seed));
    if (weighting == ClassWeighting.BALANCED) {
      int present = 0;
      for (int n : counts) {
        present += n > 0 ? 1 : 0;
      }
      double[] weights = new double[present];
      int[] labels = new int[present];
      int k = 0;
      for (int cls = 0; cls < classCount; cls++) {
        if (counts[cls] > 0) {
          weights[k] = (double) l / (present * counts[cls]);
          labels[k] = cls;
          k++;
        }
      }
      parameter.setWeights(weights, labels);
    }
    return LinearModel.from(Linear.train(problem, parameter), classCount, dimension);
  }

  /** The number of examples. */
  int size() {
    return rows.length;
  }
}
