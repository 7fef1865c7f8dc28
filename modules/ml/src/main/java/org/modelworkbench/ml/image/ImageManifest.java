package org.modelworkbench.ml.image;

import java.util.List;

/**
 * The {@code image-model.json} beside an image model's files: what is needed to rebuild the
 * network and to turn image files into its inputs.
 *
 * @param formatVersion layout version of this file
 * @param kind {@value #SCRATCH} (residual network from scratch) or {@value #FINE_TUNED}
 *     (TorchScript backbone plus a linear head)
 * @param labels class labels in output order
 * @param shape the input shape images are resized to
 * @param backboneOutputs features the backbone returns per image (fine-tuned), else 0
 */
record ImageManifest(int formatVersion, String kind, List<String> labels, ImageShape shape,
    int backboneOutputs) {
  /** A residual network trained from scratch. */
  static final String SCRATCH = "cnn";
  /** A TorchScript backbone with a new linear head. */
  static final String FINE_TUNED = "torchscript-finetuned";
  /** The layout version this code writes and the newest it reads. */
  static final int FORMAT_VERSION = 1;

  /** Copies the labels. */
  ImageManifest {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** Whether a TorchScript backbone is part of the model. */
  boolean fineTuned() {
    return FINE_TUNED.equals(kind);
  }
}
