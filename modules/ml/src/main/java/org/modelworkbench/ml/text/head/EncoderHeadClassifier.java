package org.modelworkbench.ml.text.head;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.ml.text.classify.TextClassifier;
import org.modelworkbench.ml.text.classify.TextClassifierKind;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * A frozen encoder and a head trained on its pooled vectors (standardised) followed by any dense
 * extra columns: the {@code encoder-head} text classifier. Made by {@link EncoderHeadTrainer}, or
 * read back from a model folder by {@link #load}.
 *
 * <p>Scoring embeds {@value #SCORE_BATCH} texts at a time (the encoder itself runs in batches of
 * 32), so memory does not grow with the input beyond the result. The encoder's weights are loaded
 * on the first text that must be encoded, and freed by {@link #close()}. With a cache
 * ({@link #withCache}), texts already encoded (the test split of the fit, say) are not encoded again.
 */
public final class EncoderHeadClassifier implements TextClassifier {
  /** Texts embedded and scored together. */
  static final int SCORE_BATCH = 1024;

  private final EncoderHandle encoder;
  private final Head head;
  private final Standardiser standardiser;
  private final List<String> labels;
  private final List<String> extraFeatureNames;
  private final EncoderHeadOptions options;
  private final EncoderHeadReport report;
  private final EmbeddingCache cache;

  EncoderHeadClassifier(EncoderHandle encoder, Head head, Standardiser standardiser, List<String> labels,
      List<String> extraFeatureNames, EncoderHeadOptions options, EncoderHeadReport report, EmbeddingCache cache) {
    this.encoder = encoder;
    this.head = head;
    this.standardiser = standardiser;
    this.labels = List.copyOf(labels);
    this.extraFeatureNames = List.copyOf(extraFeatureNames);
    this.options = options;
    this.report = report;
    this.cache = cache;
  }

  /**
   * Reads a classifier written by {@link #save}; it gives the same probabilities for the same texts.
   *
   * @param folder the model folder
   * @return the classifier; close it
   * @throws IOException when a file cannot be read
   * @throws WorkbenchException when the folder holds no such model, a damaged one, or its
   *     encoder folder is gone
   */
  public static EncoderHeadClassifier load(Path folder) throws IOException {
    return EncoderHeadFolder.load(folder);
  }

  /**
   * This classifier reading and filling a vector cache when scoring. The two share the encoder:
   * close only one of them.
   *
   * @param other the cache, or null for none
   * @return the classifier with that cache
   */
  public EncoderHeadClassifier withCache(EmbeddingCache other) {
    return new EncoderHeadClassifier(encoder, head, standardiser, labels, extraFeatureNames, options, report, other);
  }

  @Override
  public TextClassifierKind kind() {
    return TextClassifierKind.ENCODER_HEAD;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public List<String> extraFeatureNames() {
    return extraFeatureNames;
  }

  /** The settings of the fit (the encoder reference holds the absolute folder, if any). */
  public EncoderHeadOptions options() {
    return options;
  }

  /** What the fit did and measured. */
  public EncoderHeadReport report() {
    return report;
  }

  /** The encoder. */
  public EncoderReference encoder() {
    return encoder.reference();
  }

  /** The head. */
  public HeadType headType() {
    return head.type();
  }

  @Override
  public double[][] probabilities(List<String> texts, DenseFeatures extras, ProgressListener progress,
      CancellationToken cancel) {
    Objects.requireNonNull(texts, "texts");
    checkExtras(texts.size(), extras);
    double[][] out = new double[texts.size()][];
    for (int from = 0; from < texts.size(); from += SCORE_BATCH) {
      cancel.throwIfCancelled();
      int to = Math.min(texts.size(), from + SCORE_BATCH);
      int start = from;
      ProgressListener inner = (f, m) -> progress.progress(f < 0 ? f
          : (start + f * (to - start)) / texts.size(), m.startsWith("Encoding") ? "Scoring texts: " + m : m);
      float[][] vectors = Embeddings.compute(encoder, cache, texts.subList(from, to), inner, cancel).vectors();
      float[][] rows = new float[vectors.length][];
      for (int i = 0; i < vectors.length; i++) {
        rows[i] = standardiser.input(vectors[i], extras == null ? new double[0] : extras.rows()[from + i]);
      }
      double[][] p = head.probabilities(rows);
      System.arraycopy(p, 0, out, from, p.length);
    }
    progress.progress(1, "Scored " + texts.size() + " texts");
    return out;
  }

  private void checkExtras(int texts, DenseFeatures extras) {
    if (extras == null) {
      if (!extraFeatureNames.isEmpty()) {
        throw new WorkbenchException("This model also reads the columns " + extraFeatureNames
            + "; give them with the texts.");
      }
      return;
    }
    if (!extras.names().equals(extraFeatureNames)) {
      throw new WorkbenchException("This model reads the extra columns " + extraFeatureNames + " but was given "
          + extras.names() + ".");
    }
    if (extras.rowCount() != texts) {
      throw new WorkbenchException("There are " + texts + " texts but " + extras.rowCount()
          + " rows of extra features.");
    }
  }

  /**
   * Writes the head's weights and {@value EncoderHeadFolder#MANIFEST} (last) into the folder, each
   * atomically. A folder encoder is recorded by its path relative to this folder.
   */
  @Override
  public void save(Path folder) throws IOException {
    EncoderHeadFolder.save(this, folder);
  }

  Head head() {
    return head;
  }

  Standardiser standardiser() {
    return standardiser;
  }

  /** Whether the encoder's weights are loaded (false while every text came from the cache). */
  boolean encoderLoaded() {
    return encoder.loaded();
  }

  @Override
  public void close() {
    encoder.close();
    head.close();
  }
}
