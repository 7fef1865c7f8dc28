package org.modelworkbench.ml.text.head;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.modelworkbench.ml.text.tfidf.DenseFeatures;
import org.modelworkbench.ml.text.tfidf.FitReport;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * Trains an {@link EncoderHeadClassifier}: the texts' pooled vectors from the frozen encoder
 * (through the cache: only texts not seen before with this encoder are encoded), standardised,
 * followed by the dense extra columns, then the head.
 *
 * <pre>{@code
 * EncoderHeadClassifier model = EncoderHeadTrainer.fit(texts, labels, null,
 *     EncoderHeadOptions.defaults(), new EmbeddingCache(projectCache.resolve("text-vectors")),
 *     progress, cancel);
 * double[][] p = model.probabilities(newTexts, null, progress, cancel);
 * model.save(folder);
 * }</pre>
 */
public final class EncoderHeadTrainer {
  /** The share of the progress bar for encoding; the head takes the rest. */
  private static final double ENCODING_SHARE = 0.8;

  private EncoderHeadTrainer() {}

  /**
   * Fits the classifier on training texts only.
   *
   * @param texts the training texts (null counts as empty)
   * @param labels the class of each text; at least two distinct classes
   * @param extras dense extra columns per text, already preprocessed, or null for none
   * @param options the encoder, head and settings
   * @param cache where text vectors are kept between fits, or null for none
   * @param progress told the share done: "Encoding texts i/n", then the head's training
   * @param cancel checked between slices of texts and between head fits; a cancelled fit throws
   *     {@link java.util.concurrent.CancellationException}
   * @return the classifier (holding the cache for scoring); close it
   * @throws WorkbenchException when the inputs cannot train a classifier
   */
  public static EncoderHeadClassifier fit(List<String> texts, List<String> labels, DenseFeatures extras,
      EncoderHeadOptions options, EmbeddingCache cache, ProgressListener progress, CancellationToken cancel) {
    Objects.requireNonNull(options, "options");
    List<String> classNames = checkInputs(texts, labels, extras);
    int[] classes = new int[labels.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = Collections.binarySearch(classNames, labels.get(i));
    }
    EncoderHandle encoder = new EncoderHandle(options.encoder());
    try {
      long t0 = System.nanoTime();
      Embeddings.Result embedded = Embeddings.compute(encoder, cache, texts,
          within(progress, 0, ENCODING_SHARE), cancel);
      long t1 = System.nanoTime();
      float[][] vectors = embedded.vectors();
      Standardiser standardiser = options.standardise() ? Standardiser.fit(vectors)
          : Standardiser.none(vectors[0].length);
      float[][] rows = new float[vectors.length][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = standardiser.input(vectors[i], extras == null ? new double[0] : extras.rows()[i]);
      }
      cancel.throwIfCancelled();
      ProgressListener headProgress = within(progress, ENCODING_SHARE, 1);
      Head head = options.head() == HeadType.LINEAR
          ? LinearHead.fit(rows, classes, classNames.size(), options, headProgress, cancel)
          : MlpHead.fit(rows, classes, classNames.size(), options.hiddenUnits() == 0 ? new int[0] : new int[] {options.hiddenUnits()}, options.dropout(),
              options.maxEpochs(), options.seed(), headProgress, cancel);
      long t2 = System.nanoTime();
      FitReport linear = head instanceof LinearHead l ? l.report() : null;
      MlpHead mlp = head instanceof MlpHead m ? m : null;
      EncoderHeadReport report = new EncoderHeadReport(options.encoder().displayName(), encoder.identity(),
          texts.size(), embedded.encoded(), embedded.cached(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
          linear == null ? 0 : linear.chosenC(), linear == null ? List.of() : linear.candidates(),
          mlp == null ? 0 : mlp.epochs(), mlp == null ? Double.NaN : mlp.validationLoss());
      progress.progress(1, "Trained");
      return new EncoderHeadClassifier(encoder, head, standardiser, classNames,
          extras == null ? List.of() : extras.names(), options, report, cache);
    } catch (RuntimeException | Error e) {
      encoder.close();
      throw e;
    }
  }

  private static List<String> checkInputs(List<String> texts, List<String> labels, DenseFeatures extras) {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(labels, "labels");
    if (texts.isEmpty()) {
      throw new WorkbenchException("There are no training texts.");
    }
    if (texts.size() != labels.size()) {
      throw new WorkbenchException("There are " + texts.size() + " texts but " + labels.size()
          + " labels; give one label per text.");
    }
    if (extras != null && extras.rowCount() != texts.size()) {
      throw new WorkbenchException("There are " + texts.size() + " texts but " + extras.rowCount()
          + " rows of extra features; give one row per text.");
    }
    TreeSet<String> distinct = new TreeSet<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label == null || label.isBlank()) {
        throw new WorkbenchException("Text " + (i + 1) + " has no label; remove unlabelled rows before training.");
      }
      distinct.add(label);
    }
    if (distinct.size() < 2) {
      throw new WorkbenchException("Every training text has the label '" + distinct.first() + "': a classifier"
          + " needs at least two classes.");
    }
    return new ArrayList<>(distinct);
  }

  /** Maps a listener's [0, 1] onto [from, to] of an outer one. */
  private static ProgressListener within(ProgressListener outer, double from, double to) {
    return (fraction, message) -> outer.progress(fraction < 0 ? fraction : from + (to - from) * fraction, message);
  }
}
