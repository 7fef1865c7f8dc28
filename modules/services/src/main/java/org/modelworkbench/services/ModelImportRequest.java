package org.modelworkbench.services;

import java.nio.file.Path;

/**
 * How to import a model into the library.
 *
 * @param name the model's name in the library, or null for the file's name
 * @param labelsFile a text file with one class name per line, in output order, or null
 * @param inputShape one example's input shape such as {@code 3,224,224}, or null to probe common
 *     image shapes
 */
public record ModelImportRequest(String name, Path labelsFile, String inputShape) {
  /** A request with every choice left to the workbench. */
  public static ModelImportRequest defaults() {
    return new ModelImportRequest(null, null, null);
  }
}
