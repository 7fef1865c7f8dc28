package org.modelworkbench.ml.text.tfidf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * Fitted TF-IDF features of texts: word n-grams first, then character n-grams, each block scaled
 * to unit length (see {@link TfidfOptions}). Fitted on training texts only; immutable and safe to
 * share between threads.
 */
public final class TfidfFeaturizer {
  private static final int CHECK_EVERY = 256;

  private final TfidfOptions options;
  private final int trainingDocuments;
  private final TermBlock words;
  private final TermBlock chars;

  TfidfFeaturizer(TfidfOptions options, int trainingDocuments, TermBlock words, TermBlock chars) {
    this.options = options;
    this.trainingDocuments = trainingDocuments;
    this.words = words;
    this.chars = chars;
  }

  /**
   * Learns the vocabulary and idf weights from training texts.
   *
   * @param texts the training texts (null counts as empty)
   * @param options the settings
   * @param progress told the share of texts read
   * @param cancel checked every few hundred texts
   * @return the fitted featuriser
   */
  public static TfidfFeaturizer fit(List<String> texts, TfidfOptions options, ProgressListener progress,
      CancellationToken cancel) {
    Objects.requireNonNull(options, "options");
    // Memory is bounded by the number of distinct terms counted at once, a few times the caps.
    DocumentFrequencies wordCounts = new DocumentFrequencies(Math.max(4 * options.maxWordFeatures(), 500_000));
    DocumentFrequencies charCounts = new DocumentFrequencies(Math.max(4 * options.maxCharFeatures(), 500_000));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      if (i % CHECK_EVERY == 0) {
        cancel.throwIfCancelled();
        progress.progress((double) i / texts.size(), "Counting words and character n-grams");
      }
      String text = Ngrams.prepare(texts.get(i), options.lowercase());
      if (options.usesWords()) {
        seen.clear();
        Ngrams.words(text, options.wordNgramMin(), options.wordNgramMax(), seen::add);
        wordCounts.addDocument(seen);
      }
      if (options.usesChars()) {
        seen.clear();
        Ngrams.charsWithinWords(text, options.charNgramMin(), options.charNgramMax(), seen::add);
        charCounts.addDocument(seen);
      }
    }
    int n = texts.size();
    TermBlock words = TermBlock.of(options.usesWords()
        ? wordCounts.vocabulary(options.minDocumentFrequency(), options.maxWordFeatures()) : List.of(), wordCounts, n);
    TermBlock chars = TermBlock.of(options.usesChars()
        ? charCounts.vocabulary(options.minDocumentFrequency(), options.maxCharFeatures()) : List.of(), charCounts, n);
    progress.progress(1, "Counted " + words.size() + " word and " + chars.size() + " character n-grams");
    return new TfidfFeaturizer(options, n, words, chars);
  }

  /**
   * The TF-IDF vector of one text. Terms the training texts did not have are ignored, so an
   * unfamiliar text may give an empty vector.
   *
   * @param text the text (null counts as empty)
   * @return the sparse vector of {@link #dimension()} entries
   */
  public SparseVector transform(String text) {
    String prepared = Ngrams.prepare(text, options.lowercase());
    IntBag bag = new IntBag();
    SparseVector w = block(bag, words, 0, out -> Ngrams.words(prepared, options.wordNgramMin(),
        options.wordNgramMax(), out));
    SparseVector c = block(bag, chars, words.size(), out -> Ngrams.charsWithinWords(prepared,
        options.charNgramMin(), options.charNgramMax(), out));
    return concat(w, c);
  }

  private interface TermSource {
    void send(java.util.function.Consumer<String> out);
  }

  private SparseVector block(IntBag bag, TermBlock terms, int offset, TermSource source) {
    if (terms.size() == 0) {
      return new SparseVector(new int[0], new float[0]);
    }
    bag.clear();
    source.send(term -> {
      int p = terms.position(term);
      if (p >= 0) {
        bag.add(p);
      }
    });
    int[] sorted = bag.sorted();
    int[] positions = new int[sorted.length];
    double[] weights = new double[sorted.length];
    int distinct = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      int count = j - i;
      double tf = options.sublinearTf() ? 1.0 + Math.log(count) : count;
      positions[distinct] = sorted[i];
      weights[distinct] = tf * terms.idf(sorted[i]);
      distinct++;
      i = j;
    }
    double squares = 0;
    for (int i = 0; i < distinct; i++) {
      squares += weights[i] * weights[i];
    }
    double norm = Math.sqrt(squares);
    int[] indices = new int[distinct];
    float[] values = new float[distinct];
    for (int i = 0; i < distinct; i++) {
      indices[i] = offset + positions[i];
      values[i] = (float) (weights[i] / norm);
    }
    return new SparseVector(indices, values);
  }

  private static SparseVector concat(SparseVector a, SparseVector b) {
    if (b.size() == 0) {
      return a;
    }
    if (a.size() == 0) {
      return b;
    }
    int[] indices = Arrays.copyOf(a.indices(), a.size() + b.size());
    float[] values = Arrays.copyOf(a.values(), a.size() + b.size());
    System.arraycopy(b.indices(), 0, indices, a.size(), b.size());
    System.arraycopy(b.values(), 0, values, a.size(), b.size());
    return new SparseVector(indices, values);
  }

  /** The number of features: word n-grams plus character n-grams. */
  public int dimension() {
    return words.size() + chars.size();
  }

  /** The number of word n-gram features (they come first). */
  public int wordFeatures() {
    return words.size();
  }

  /** The number of character n-gram features (they follow the words). */
  public int charFeatures() {
    return chars.size();
  }

  /** The number of training texts the idf weights were computed from. */
  public int trainingDocuments() {
    return trainingDocuments;
  }

  /** The settings it was fitted with. */
  public TfidfOptions options() {
    return options;
  }

  /**
   * A readable name of a feature, for explanations: {@code word:"not great"} or
   * {@code chars:" gre"}.
   *
   * @param index a feature index below {@link #dimension()}
   * @return the name
   */
  public String featureName(int index) {
    Objects.checkIndex(index, dimension());
    return index < words.size() ? "word:\"" + words.term(index) + "\""
        : "chars:\"" + chars.term(index - words.size()) + "\"";
  }

  TermBlock words() {
    return words;
  }

  TermBlock chars() {
    return chars;
  }

  /**
   * Writes the vocabulary and idf weights to a file, atomically (see {@link FeaturizerFile}).
   *
   * @param file the file, replaced if it exists
   * @throws IOException when it cannot be written
   */
  public void save(Path file) throws IOException {
    FeaturizerFile.write(this, file);
  }

  /**
   * Reads a featuriser written by {@link #save(Path)}.
   *
   * @param file the file
   * @return the featuriser, equal to the one saved
   * @throws IOException when it cannot be read
   * @throws org.modelworkbench.model.WorkbenchException when it is not such a file, or is from a
   *     newer version
   */
  public static TfidfFeaturizer load(Path file) throws IOException {
    return FeaturizerFile.read(file);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TfidfFeaturizer other && options.equals(other.options)
        && trainingDocuments == other.trainingDocuments && words.equals(other.words) && chars.equals(other.chars);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, trainingDocuments, words, chars);
  }
}
