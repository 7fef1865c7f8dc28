package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.nio.file.Path;
import org.modelworkbench.ml.text.tfidf.DenseLogisticRegression;
import org.modelworkbench.ml.text.tfidf.FitReport;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/** The linear head: the TF-IDF route's L2 logistic regression, C by cross-validation. */
final class LinearHead implements Head {
  static final String FILE = "encoder-head-linear.bin";
  private final DenseLogisticRegression model;

  private LinearHead(DenseLogisticRegression model) {
    this.model = model;
  }

  static LinearHead fit(float[][] rows, int[] classes, int classCount, EncoderHeadOptions options,
      ProgressListener progress, CancellationToken cancel) {
    return new LinearHead(DenseLogisticRegression.fit(rows, classes, classCount, options.regularisationGrid(),
        options.folds(), options.seed(), progress, cancel));
  }

  static LinearHead load(Path folder, FitReport report) throws IOException {
    return new LinearHead(DenseLogisticRegression.read(folder.resolve(FILE), report));
  }

  FitReport report() {
    return model.report();
  }

  int dimension() {
    return model.dimension();
  }

  @Override
  public HeadType type() {
    return HeadType.LINEAR;
  }

  @Override
  public double[][] probabilities(float[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = model.probabilities(rows[i]);
    }
    return out;
  }

  @Override
  public void save(Path folder) throws IOException {
    model.write(folder.resolve(FILE));
  }

  @Override
  public void close() {
    // Java arrays only.
  }
}
