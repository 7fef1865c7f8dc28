/**
 * The TF-IDF baseline for text classification: word and character n-gram TF-IDF features
 * ({@link org.modelworkbench.ml.text.tfidf.TfidfFeaturizer}) and an L2-regularised logistic
 * regression on them, trained with LIBLINEAR, behind one facade,
 * {@link org.modelworkbench.ml.text.tfidf.TfidfTextClassifier}.
 *
 * <p>Everything is fitted on the training texts only. Dense numeric columns that are already
 * preprocessed ({@link org.modelworkbench.ml.text.tfidf.DenseFeatures}) can be appended to the
 * sparse text vector, so a table with text and ordinary columns trains one model. A fit is
 * deterministic for a seed: folds are drawn from it, and the solver's own random numbers too.
 *
 * <p>A saved model is three files in a model folder, each written atomically: the vocabulary with
 * its idf weights, the linear weights, and a JSON manifest written last. Prediction is our own
 * code over those files, so a loaded model gives exactly the probabilities of the one that was
 * saved.
 */
package org.modelworkbench.ml.text.tfidf;
