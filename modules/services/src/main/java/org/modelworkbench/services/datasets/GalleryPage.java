package org.modelworkbench.services.datasets;

import java.util.List;

/**
 * A page of the pictures of one class.
 *
 * @param className the class
 * @param total how many pictures the class has
 * @param offset how many of them come before this page
 * @param images the page's pictures, in the dataset's order
 */
public record GalleryPage(String className, int total, int offset, List<GalleryImage> images) {
  /** Copies the list. */
  public GalleryPage {
    images = List.copyOf(images);
  }

  /** Whether more pictures of the class follow this page. */
  public boolean hasMore() {
    return offset + images.size() < total;
  }
}
