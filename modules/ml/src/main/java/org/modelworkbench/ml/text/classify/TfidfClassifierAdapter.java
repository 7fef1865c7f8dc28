package org.modelworkbench.ml.text.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.ml.text.tfidf.TfidfTextClassifier;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/** The TF-IDF classifier as a {@link TextClassifier}; it holds no native memory. */
public final class TfidfClassifierAdapter implements TextClassifier {
  private final TfidfTextClassifier model;

  /** Wraps a fitted TF-IDF classifier. */
  public TfidfClassifierAdapter(TfidfTextClassifier model) {
    this.model = model;
  }

  static TfidfClassifierAdapter load(Path folder) throws IOException {
    return new TfidfClassifierAdapter(TfidfTextClassifier.load(folder));
  }

  /** The wrapped classifier. */
  public TfidfTextClassifier model() {
    return model;
  }

  @Override
  public TextClassifierKind kind() {
    return TextClassifierKind.TFIDF;
  }

  @Override
  public List<String> labels() {
    return model.labels();
  }

  @Override
  public List<String> extraFeatureNames() {
    return model.extraFeatureNames();
  }

  @Override
  public double[][] probabilities(List<String> texts, DenseFeatures extras, ProgressListener progress,
      CancellationToken cancel) {
    return model.predictProbabilities(texts, extras, progress, cancel);
  }

  @Override
  public void save(Path folder) throws IOException {
    model.save(folder);
  }

  @Override
  public void close() {
    // Plain Java arrays only.
  }
}
