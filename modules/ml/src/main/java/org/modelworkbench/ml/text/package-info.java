/**
 * Text models, offline: the built-in pretrained encoders ({@link
 * org.modelworkbench.ml.text.BuiltInEncoders}), tokenisation ({@link
 * org.modelworkbench.ml.text.TextTokenizer}), loading an encoder as a trainable DJL block ({@link
 * org.modelworkbench.ml.text.TextEncoder}) and computing text vectors in bounded batches ({@link
 * org.modelworkbench.ml.text.TextEmbedder}).
 *
 * <p>The encoders' weights come from Maven jars or from a user's Hugging Face folder, never from
 * the network. The block itself is in {@code ml.text.bert}, the ONNX reader in
 * {@code ml.text.onnx}, and safetensors reading and writing in {@code ml.text.weights}.
 */
package org.modelworkbench.ml.text;
