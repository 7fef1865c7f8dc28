package org.modelworkbench.ml.text.tfidf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * The TF-IDF baseline text classifier: word and character n-gram TF-IDF features, optionally
 * followed by dense extra columns, and an L2-regularised logistic regression whose strength is
 * chosen by cross-validation on the training texts. Binary and multi-class; immutable once fitted.
 *
 * <pre>{@code
 * TfidfTextClassifier model = TfidfTextClassifier.fit(texts, labels, null,
 *     TfidfClassifierOptions.defaults(), progress, cancel);
 * double[][] p = model.predictProbabilities(newTexts);   // p[i][k] for model.labels().get(k)
 * model.save(folder);
 * TfidfTextClassifier again = TfidfTextClassifier.load(folder); // same probabilities
 * }</pre>
 */
public final class TfidfTextClassifier {
  private final TfidfFeaturizer featurizer;
  private final LinearModel linear;
  private final List<String> labels;
  private final List<String> extraFeatureNames;
  private final TfidfClassifierOptions options;
  private final FitReport report;

  TfidfTextClassifier(TfidfFeaturizer featurizer, LinearModel linear, List<String> labels,
      List<String> extraFeatureNames, TfidfClassifierOptions options, FitReport report) {
    this.featurizer = featurizer;
    this.linear = linear;
    this.labels = List.copyOf(labels);
    this.extraFeatureNames = List.copyOf(extraFeatureNames);
    this.options = options;
    this.report = report;
  }

  /** Fits on texts alone with the given settings, without progress or cancellation. */
  public static TfidfTextClassifier fit(List<String> texts, List<String> labels, TfidfClassifierOptions options) {
    return fit(texts, labels, null, options, ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * Fits the classifier on training texts only.
   *
   * @param texts the training texts; null or blank ones are allowed but some must have words
   * @param labels the class of each text; at least two distinct classes
   * @param extras dense extra columns per text, already preprocessed, or null for none
   * @param options the settings
   * @param progress told the share done and what is happening
   * @param cancel checked between steps; a cancelled fit throws
   *     {@link java.util.concurrent.CancellationException}
   * @return the fitted classifier
   * @throws WorkbenchException when the inputs cannot train a classifier, in one sentence that
   *     says why
   */
  public static TfidfTextClassifier fit(List<String> texts, List<String> labels, DenseFeatures extras,
      TfidfClassifierOptions options, ProgressListener progress, CancellationToken cancel) {
    long started = System.nanoTime();
    Objects.requireNonNull(options, "options");
    List<String> classNames = checkInputs(texts, labels, extras);
    DenseFeatures dense = extras == null ? DenseFeatures.none(texts.size()) : extras;
    int[] classes = new int[labels.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = java.util.Collections.binarySearch(classNames, labels.get(i));
    }

    TfidfFeaturizer featurizer = TfidfFeaturizer.fit(texts, options.features(), within(progress, 0, 0.25), cancel);
    if (featurizer.dimension() == 0 && dense.width() == 0) {
      throw new WorkbenchException("No word or character n-gram occurs in at least "
          + options.features().minDocumentFrequency() + " of the " + texts.size() + " training texts: give more"
          + " texts, or lower the minimum document frequency.");
    }
    int dimension = featurizer.dimension() + dense.width();
    List<SparseVector> vectors = vectorise(featurizer, texts, dense, within(progress, 0.25, 0.4), cancel);
    LinearTrainer trainer = new LinearTrainer(vectors, classes, classNames.size(), dimension);
    LinearModel linear;
    RegularisationSearch.Result search;
    try (ParallelFits pool = ParallelFits.perProcessor()) {
      search = RegularisationSearch.search(trainer, vectors, classes, classNames.size(), options, pool,
          within(progress, 0.4, 0.9), cancel);
      cancel.throwIfCancelled();
      progress.progress(0.9, String.format(Locale.ROOT, "Training on all %,d texts with C = %s", texts.size(),
          search.chosenC()));
      linear = trainer.train(search.chosenC(), options.weighting(), options.seed(), pool);
    }
    FitReport report = new FitReport(search.chosenC(), search.candidates(), search.folds(), texts.size(),
        featurizer.wordFeatures(), featurizer.charFeatures(), dense.width(), (System.nanoTime() - started) / 1e9);
    progress.progress(1, "Trained");
    return new TfidfTextClassifier(featurizer, linear, classNames, dense.names(), options, report);
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
    boolean anyText = false;
    for (int i = 0; i < texts.size(); i++) {
      String label = labels.get(i);
      if (label == null || label.isBlank()) {
        throw new WorkbenchException("Text " + (i + 1) + " has no label; remove unlabelled rows before training.");
      }
      distinct.add(label);
      anyText |= texts.get(i) != null && !texts.get(i).isBlank();
    }
    if (!anyText && (extras == null || extras.width() == 0)) {
      throw new WorkbenchException("All " + texts.size() + " training texts are empty: there is nothing to learn"
          + " from.");
    }
    if (distinct.size() < 2) {
      throw new WorkbenchException("Every training text has the label '" + distinct.first() + "': a classifier"
          + " needs at least two classes.");
    }
    return new ArrayList<>(distinct);
  }

  private static List<SparseVector> vectorise(TfidfFeaturizer featurizer, List<String> texts, DenseFeatures dense,
      ProgressListener progress, CancellationToken cancel) {
    List<SparseVector> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      if (i % 256 == 0) {
        cancel.throwIfCancelled();
        progress.progress((double) i / texts.size(), "Computing TF-IDF vectors");
      }
      out.add(dense.appendTo(featurizer.transform(texts.get(i)), i, featurizer.dimension()));
    }
    return out;
  }

  /** Maps a listener's [0, 1] onto [from, to] of an outer one. */
  private static ProgressListener within(ProgressListener outer, double from, double to) {
    return (fraction, message) -> outer.progress(fraction < 0 ? fraction : from + (to - from) * fraction, message);
  }

  /**
   * The class probabilities of texts, for a model trained without extra columns.
   *
   * @param texts the texts (null counts as empty)
   * @return one row per text, one probability per {@link #labels()} entry, summing to 1
   * @throws WorkbenchException when the model was trained with extra columns
   */
  public double[][] predictProbabilities(List<String> texts) {
    return predictProbabilities(texts, null, ProgressListener.NONE, CancellationToken.none());
  }

  /**
   * The class probabilities of texts with their extra columns. Texts are featurised in batches of
   * {@link TfidfClassifierOptions#predictionBatchSize()}, so only the result grows with the input.
   *
   * @param texts the texts (null counts as empty)
   * @param extras the same extra columns as at training, in the same order, or null if none were
   * @param progress told the share scored
   * @param cancel checked between batches
   * @return one row per text, one probability per {@link #labels()} entry, summing to 1
   * @throws WorkbenchException when the extra columns differ from the training ones
   */
  public double[][] predictProbabilities(List<String> texts, DenseFeatures extras, ProgressListener progress,
      CancellationToken cancel) {
    DenseFeatures dense = checkExtras(texts, extras);
    double[][] out = new double[texts.size()][];
    int batch = options.predictionBatchSize();
    for (int from = 0; from < texts.size(); from += batch) {
      cancel.throwIfCancelled();
      progress.progress((double) from / texts.size(), "Scoring texts");
      int to = Math.min(texts.size(), from + batch);
      List<SparseVector> vectors = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        vectors.add(dense.appendTo(featurizer.transform(texts.get(i)), i, featurizer.dimension()));
      }
      for (int i = from; i < to; i++) {
        out[i] = linear.probabilities(vectors.get(i - from));
      }
    }
    progress.progress(1, "Scored " + texts.size() + " texts");
    return out;
  }

  private DenseFeatures checkExtras(List<String> texts, DenseFeatures extras) {
    if (extras == null) {
      if (!extraFeatureNames.isEmpty()) {
        throw new WorkbenchException("This model also reads the columns " + extraFeatureNames
            + "; give them with the texts.");
      }
      return DenseFeatures.none(texts.size());
    }
    if (!extras.names().equals(extraFeatureNames)) {
      throw new WorkbenchException("This model reads the extra columns " + extraFeatureNames + " but was given "
          + extras.names() + ".");
    }
    if (extras.rowCount() != texts.size()) {
      throw new WorkbenchException("There are " + texts.size() + " texts but " + extras.rowCount()
          + " rows of extra features.");
    }
    return extras;
  }

  /**
   * The most probable class of each text (the first label on a tie).
   *
   * @param texts the texts, for a model without extra columns
   * @return one label per text
   */
  public List<String> predict(List<String> texts) {
    double[][] p = predictProbabilities(texts);
    List<String> out = new ArrayList<>(p.length);
    for (double[] row : p) {
      out.add(labels.get(RegularisationSearch.argMax(row)));
    }
    return out;
  }

  /**
   * Writes the model's files into a folder (created if missing), each atomically, the manifest
   * last. Other files in the folder are left alone.
   *
   * @param folder the model folder
   * @throws IOException when a file cannot be written
   */
  public void save(Path folder) throws IOException {
    TfidfModelFolder.save(this, folder);
  }

  /**
   * Reads a model written by {@link #save(Path)}; it predicts exactly as the saved one did.
   *
   * @param folder the model folder
   * @return the model
   * @throws IOException when a file cannot be read
   * @throws WorkbenchException when the folder holds no such model, a damaged one, or one from a
   *     newer version
   */
  public static TfidfTextClassifier load(Path folder) throws IOException {
    return TfidfModelFolder.load(folder);
  }

  /** The classes, sorted, in the order of the probabilities. */
  public List<String> labels() {
    return labels;
  }

  /** The names of the dense columns appended to the text features (empty when none). */
  public List<String> extraFeatureNames() {
    return extraFeatureNames;
  }

  /** The fitted featuriser. */
  public TfidfFeaturizer featurizer() {
    return featurizer;
  }

  /** The settings of the fit. */
  public TfidfClassifierOptions options() {
    return options;
  }

  /** What the fit chose and measured. */
  public FitReport report() {
    return report;
  }

  LinearModel linear() {
    return linear;
  }
}
