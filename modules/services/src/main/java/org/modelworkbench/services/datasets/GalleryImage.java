package org.modelworkbench.services.datasets;

import java.nio.file.Path;

/**
 * One picture of an image dataset, as the gallery shows it.
 *
 * @param file the picture's file in the project
 * @param name its path in the imported folder ({@code dent/img7.png}), or the stored file's name for
 *     datasets imported before names were kept
 * @param className its class
 * @param width its width in pixels
 * @param height its height in pixels
 * @param row its 0-based row number in the dataset
 */
public record GalleryImage(Path file, String name, String className, int width, int height, int row) {
  /** "dent/img7.png · 64×48 pixels", for a tooltip. */
  public String description() {
    return name + " · " + width + "\u00d7" + height + " pixels";
  }
}
