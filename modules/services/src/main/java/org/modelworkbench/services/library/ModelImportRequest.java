package org.modelworkbench.services.library;

import java.nio.file.Path;

/**
 * How to import a model into the library.
 *
 * @param name the model's name in the library, or null for the file's name
 * @param labelsFile a text file with one class name per line, in output order, or null
 * @param inputShape one example's input shape such as {@code 3,224,224}, or null to probe common
 *     image shapes
 * @param normalization for a model that takes images, how it expects pixels after scaling to
 *     0…1: {@code none}, {@code imagenet} or {@code MEAN/STD} (see
 *     {@link org.modelworkbench.model.ImageNormalization#parse}); null for none
 */
public record ModelImportRequest(String name, Path labelsFile, String inputShape, String normalization) {
  /** A request whose images (if any) are only scaled to 0…1. */
  public ModelImportRequest(String name, Path labelsFile, String inputShape) {
    this(name, labelsFile, inputShape, null);
  }

  /** A request with every choice left to the workbench. */
  public static ModelImportRequest defaults() {
    return new ModelImportRequest(null, null, null, null);
  }
}
