/**
 * Named float tensors and the safetensors file format: {@link
 * org.modelworkbench.ml.text.weights.SafetensorsReader} reads Hugging Face weight files and {@link
 * org.modelworkbench.ml.text.weights.SafetensorsWriter} writes them for export.
 */
package org.modelworkbench.ml.text.weights;
