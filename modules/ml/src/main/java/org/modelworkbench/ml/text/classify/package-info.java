/**
 * Trained text classifiers behind one interface ({@link
 * org.modelworkbench.ml.text.classify.TextClassifier}), and the model folder that ties one to the
 * columns of a table ({@link org.modelworkbench.ml.text.classify.TextTableModel}): which columns
 * hold text, which ordinary columns join them as preprocessed features, and which kind of
 * classifier reads them (TF-IDF, a head on a frozen encoder, or a fine-tuned encoder).
 */
package org.modelworkbench.ml.text.classify;
