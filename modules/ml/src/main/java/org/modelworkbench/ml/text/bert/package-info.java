/**
 * BERT-family encoders (post-LayerNorm, GELU, absolute positions) as trainable DJL blocks for the
 * PyTorch engine: {@link org.modelworkbench.ml.text.bert.BertEncoderBlock}, its sizes ({@link
 * org.modelworkbench.ml.text.bert.BertConfig}), weights under Hugging Face names ({@link
 * org.modelworkbench.ml.text.bert.BertWeights}), pooling, and reading a Hugging Face model folder.
 */
package org.modelworkbench.ml.text.bert;
