package org.modelworkbench.ml.text.tfidf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Our prediction and our one-vs-rest against LIBLINEAR's own, on TF-IDF vectors of the real
 * descriptions: the same probabilities, so what we save and predict is what LIBLINEAR trained.
 */
class LinearModelTest {
  @TempDir
  Path folder;

  private record Data(List<SparseVector> vectors, int[] classes, int classCount, int dimension) {}

  private static Data data(List<String> keep) {
    TextFixtures.Labelled all = TextFixtures.descriptions().only(keep);
    TfidfFeaturizer f = TfidfFeaturizer.fit(all.texts(), TfidfOptions.defaults(), ProgressListener.NONE,
        CancellationToken.none());
    List<String> names = new ArrayList<>(new TreeSet<>(all.labels()));
    List<SparseVector> vectors = new ArrayList<>();
    int[] classes = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      vectors.add(f.transform(all.texts().get(i)));
      classes[i] = names.indexOf(all.labels().get(i));
    }
    return new Data(vectors, classes, names.size(), f.dimension());
  }

  private static Feature[] nodes(SparseVector v, int dimension) {
    Feature[] x = new Feature[v.size() + 1];
    for (int k = 0; k < v.size(); k++) {
      x[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
    }
    x[v.size()] = new FeatureNode(dimension + 1, 1);
    return x;
  }

  private static de.bwaldvogel.liblinear.Model liblinear(Data d, double c) {
    Problem p = new Problem();
    p.l = d.vectors().size();
    p.n = d.dimension() + 1;
    p.bias = 1;
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      p.x[i] = nodes(d.vectors().get(i), d.dimension());
      p.y[i] = d.classes()[i];
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, c, 1e-6);
    parameter.setRandom(new Random(1));
    return Linear.train(p, parameter);
  }

  @Test
  void ourProbabilitiesAreLiblinearsForTwoAndForFourClasses() {
    for (List<String> keep : List.of(List.of("games", "mail"), List.of("games", "mail", "science", "sound"))) {
      Data d = data(keep);
      de.bwaldvogel.liblinear.Model trained = liblinear(d, 2);
      LinearModel ours = LinearModel.from(trained, d.classCount(), d.dimension());
      double[] theirs = new double[d.classCount()];
      int[] labels = trained.getLabels();
      for (SparseVector v : d.vectors()) {
        Linear.predictProbability(trained, nodes(v, d.dimension()), theirs);
        double[] mine = ours.probabilities(v);
        for (int j = 0; j < labels.length; j++) {
          // Ours keeps float weights; LIBLINEAR doubles.
          assertThat(mine[labels[j]]).isCloseTo(theirs[j], within(1e-5));
        }
      }
    }
  }

  @Test
  void ourOneVsRestOnThreadsMatchesLiblinearsOwn() throws Exception {
    Data d = data(List.of("games", "mail", "science", "sound"));
    LinearTrainer trainer = new LinearTrainer(d.vectors(), d.classes(), d.classCount(), d.dimension());
    LinearModel ours;
    try (ParallelFits pool = new ParallelFits(2)) {
      ours = trainer.assemble(pool.runAll(trainer.columnFits(null, 2, ClassWeighting.NONE, 1, 1e-6)));
    }
    LinearModel theirs = LinearModel.from(liblinear(d, 2), d.classCount(), d.dimension());
    // Both solve the same convex problems; tight tolerances leave only the visiting order's trace.
    for (SparseVector v : d.vectors()) {
      double[] a = ours.probabilities(v);
      double[] b = theirs.probabilities(v);
      for (int j = 0; j < a.length; j++) {
        assertThat(a[j]).isCloseTo(b[j], within(1e-3));
      }
    }
  }

  @Test
  void savedWeightsLoadEqual() throws IOException {
    Data d = data(List.of("games", "mail", "science"));
    LinearModel model = LinearModel.from(liblinear(d, 1), d.classCount(), d.dimension());
    Path file = folder.resolve("weights.bin");
    LinearModelFile.write(model, file);
    assertThat(LinearModelFile.read(file)).isEqualTo(model);
  }
}
