/**
 * Reading the weights of an ONNX model without running it ({@link
 * org.modelworkbench.ml.text.onnx.OnnxModelReader}, decision 0011), and naming a BERT export's
 * weights as Hugging Face does ({@link org.modelworkbench.ml.text.onnx.OnnxBertWeights}).
 */
package org.modelworkbench.ml.text.onnx;
