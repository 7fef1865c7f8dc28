/**
 * Image classification with DJL on the PyTorch engine: a small residual network trained from
 * scratch, or a TorchScript backbone fine-tuned under a new linear head.
 *
 * <p>{@link org.modelworkbench.ml.image.ImageTrainer} trains from an
 * {@link org.modelworkbench.ml.image.ImageTrainingRequest}, writes a checkpoint after every epoch
 * and continues from the latest checkpoint when one is present (resume, and the retry with half
 * the batch size after a CUDA out-of-memory error). {@link org.modelworkbench.ml.image.ImageModel}
 * loads the kept model and predicts image files.
 */
package org.modelworkbench.ml.image;
