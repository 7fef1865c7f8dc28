/**
 * The frozen-encoder text route ({@code --strategy head}): a pretrained encoder's pooled text
 * vectors, computed once and cached by content ({@link
 * org.modelworkbench.ml.text.head.EmbeddingCache}), with a linear or MLP head trained on them and
 * on any dense extra columns ({@link org.modelworkbench.ml.text.head.EncoderHeadTrainer}).
 *
 * <p>The result is an {@link org.modelworkbench.ml.text.head.EncoderHeadClassifier}, a
 * {@link org.modelworkbench.ml.text.classify.TextClassifier} of kind {@code encoder-head}. Its
 * model folder holds the head's weights and a manifest naming the encoder: a built-in by id, or a
 * Hugging Face folder by a path relative to the model folder, so a project can move.
 */
package org.modelworkbench.ml.text.head;
