package org.modelworkbench.ml.text.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * A trained classifier of texts, optionally with dense extra features per text (the preprocessed
 * ordinary columns of a mixed table). Implementations score in bounded batches, so memory does not
 * grow with the number of texts beyond the result.
 */
public interface TextClassifier extends AutoCloseable {
  /** The kind written in the model folder's manifest, for example {@code tfidf}. */
  TextClassifierKind kind();

  /** The classes, in the order of the probabilities. */
  List<String> labels();

  /** The names of the dense extra features it was trained with; empty when it reads text only. */
  List<String> extraFeatureNames();

  /**
   * The class probabilities of texts.
   *
   * @param texts the texts (null counts as empty)
   * @param extras the extra features in {@link #extraFeatureNames()} order, or null when there are none
   * @param progress told the share scored
   * @param cancel checked between batches
   * @return one row per text, one probability per label, summing to 1
   */
  double[][] probabilities(List<String> texts, DenseFeatures extras, ProgressListener progress,
      CancellationToken cancel);

  /**
   * Writes the classifier's own files into the folder; {@link TextTableModel#save} adds the manifest.
   *
   * @param folder the model folder (created if missing)
   * @throws IOException when a file cannot be written
   */
  void save(Path folder) throws IOException;

  /** Frees native memory, if any. */
  @Override
  void close();
}
