package org.modelworkbench.ml.image;

import java.util.List;
import org.modelworkbench.model.ImageNormalization;

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
 * @param normalization how pixels become input values after scaling to [0, 1], in the text form
 *     of {@link ImageNormalization#text()}; null (as in folders written before it was recorded)
 *     for none
 */
record ImageManifest(int formatVersion, String kind, List<String> labels, ImageShape shape,
    int backboneOutputs, String normalization) {
  /** A residual network trained from scratch. */
  static final String SCRATCH = "cnn";
  /** A TorchScript backbone with a new linear head. */
  static final String FINE_TUNED = "torchscript-finetuned";
  /** The newest layout version this code reads: 2 added {@code normalization}. */
  static final int FORMAT_VERSION = 2;
  /** The layout version of a model whose pixels are only scaled, which older versions read right. */
  static final int UNNORMALISED_VERSION = 1;

  /** Copies the labels; no normalisation is kept as null. */
  ImageManifest {
    labels = labels == null ? List.of() : List.copyOf(labels);
    normalization = normalization == null || ImageNormalization.parse(normalization).isNone() ? null
        : normalization;
  }

  /**
   * A new manifest. A normalised model is written as version {@value #FORMAT_VERSION}, so an older
   * workbench, which would ignore the normalisation and predict wrongly, refuses to open it.
   */
  static ImageManifest of(String kind, List<String> labels, ImageShape shape, int backboneOutputs,
      ImageNormalization normalization) {
    return new ImageManifest(normalization.isNone() ? UNNORMALISED_VERSION : FORMAT_VERSION, kind, labels, shape,
        backboneOutputs, normalization.isNone() ? null : normalization.text());
  }

  /** How pixels become input values after scaling to [0, 1]. */
  ImageNormalization imageNormalization() {
    return ImageNormalization.parse(normalization);
  }

  /** Whether a TorchScript backbone is part of the model. */
  boolean fineTuned() {
    return FINE_TUNED.equals(kind);
  }
}
