package org.modelworkbench.ml.text.tfidf;

import org.modelworkbench.model.WorkbenchException;

/**
 * How texts become TF-IDF features. Texts are lower-cased (when asked), term counts are dampened
 * to {@code 1 + ln(count)} (when {@code sublinearTf}), the idf is smoothed as in scikit-learn,
 * {@code ln((1 + n) / (1 + df)) + 1}, and each block (words, characters) is scaled to unit length
 * on its own, as scikit-learn's FeatureUnion of two vectorisers does.
 *
 * @param wordNgramMin shortest word n-gram (words are runs of two or more letters or digits)
 * @param wordNgramMax longest word n-gram
 * @param charNgramMin shortest character n-gram, taken inside words padded with a space
 *     (scikit-learn's {@code char_wb})
 * @param charNgramMax longest character n-gram
 * @param lowercase whether texts are lower-cased first
 * @param sublinearTf whether counts are dampened to {@code 1 + ln(count)}
 * @param minDocumentFrequency a term seen in fewer training texts than this is left out
 * @param maxWordFeatures at most this many word n-grams are kept (the most frequent by document
 *     frequency); 0 leaves words out
 * @param maxCharFeatures at most this many character n-grams are kept; 0 leaves characters out
 */
public record TfidfOptions(int wordNgramMin, int wordNgramMax, int charNgramMin, int charNgramMax,
    boolean lowercase, boolean sublinearTf, int minDocumentFrequency, int maxWordFeatures,
    int maxCharFeatures) {

  /**
   * Checks the settings.
   *
   * @throws WorkbenchException when a range is empty or a cap is negative
   */
  public TfidfOptions {
    if (maxWordFeatures > 0 && (wordNgramMin < 1 || wordNgramMax < wordNgramMin)) {
      throw new WorkbenchException("Word n-grams must run from 1 or more to at least that: got "
          + wordNgramMin + " to " + wordNgramMax + ".");
    }
    if (maxCharFeatures > 0 && (charNgramMin < 1 || charNgramMax < charNgramMin)) {
      throw new WorkbenchException("Character n-grams must run from 1 or more to at least that: got "
          + charNgramMin + " to " + charNgramMax + ".");
    }
    if (maxWordFeatures < 0 || maxCharFeatures < 0 || maxWordFeatures + (long) maxCharFeatures == 0) {
      throw new WorkbenchException("Keep words, characters or both: the feature caps were "
          + maxWordFeatures + " and " + maxCharFeatures + ".");
    }
    if (maxWordFeatures + (long) maxCharFeatures > 5_000_000) {
      throw new WorkbenchException("At most 5,000,000 text features can be kept: lower the caps.");
    }
    if (minDocumentFrequency < 1) {
      throw new WorkbenchException("The minimum document frequency must be 1 or more: got "
          + minDocumentFrequency + ".");
    }
  }

  /**
   * The defaults: word 1–2-grams, character 2–5-grams within words, lower-cased, sublinear counts,
   * terms seen in at least 2 training texts, at most 100,000 word and 150,000 character n-grams.
   * The caps bound the model: about 1 MB of weights per class for the full 250,000 features.
   */
  public static TfidfOptions defaults() {
    return new TfidfOptions(1, 2, 2, 5, true, true, 2, 100_000, 150_000);
  }

  /** Whether word n-grams are used. */
  public boolean usesWords() {
    return maxWordFeatures > 0;
  }

  /** Whether character n-grams are used. */
  public boolean usesChars() {
    return maxCharFeatures > 0;
  }
}
