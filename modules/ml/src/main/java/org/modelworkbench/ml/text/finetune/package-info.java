/**
 * Full fine-tuning of a BERT-family encoder for text classification, and the resulting
 * classifier: {@link org.modelworkbench.ml.text.finetune.TextFineTuner} trains a
 * {@link org.modelworkbench.ml.text.finetune.FineTunedTextClassifier} (Hugging Face's
 * {@code BertForSequenceClassification}, computed the same way), which saves and reads the Hugging
 * Face folder layout so that Python users get the same probabilities.
 */
package org.modelworkbench.ml.text.finetune;
