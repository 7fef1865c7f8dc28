/**
 * TorchScript files: loading one on the PyTorch engine ({@link org.modelworkbench.ml.torchscript.TorchScriptModel}),
 * and an image classifier kept as a TorchScript backbone plus a small head
 * ({@link org.modelworkbench.ml.torchscript.TorchScriptClassifier}, which reads and writes the head's pickle).
 */
package org.modelworkbench.ml.torchscript;
