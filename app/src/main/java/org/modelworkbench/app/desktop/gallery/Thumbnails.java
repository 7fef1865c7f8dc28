package org.modelworkbench.app.desktop.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.modelworkbench.services.GalleryImage;

/**
 * Small pictures, decoded at their shown size by JavaFX's background image loader (never on the
 * UI thread) and kept for the pictures seen most recently. Use it on the UI thread only.
 */
final class Thumbnails {
  /** The longest side of a thumbnail, in pixels. */
  static final int SIZE = 96;
  /** Thumbnails kept; at 96×96 that is about 30 MB at most. */
  static final int KEPT = 800;

  private static final Map<String, Image> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
      return size() > KEPT;
    }
  };

  private Thumbnails() {}

  /** The thumbnail of a picture: loading in the background when first asked, then kept. */
  static Image of(GalleryImage picture) {
    String uri = picture.file().toUri().toString();
    Image kept = CACHE.get(uri);
    if (kept != null && !kept.isError()) {
      return kept;
    }
    Image image = load(picture, SIZE);
    CACHE.put(uri, image);
    return image;
  }

  /**
   * A picture decoded to fit a square box. Large pictures are scaled down smoothly; small ones
   * (8×8 digits) are scaled up without blurring, so their pixels stay sharp.
   */
  static Image load(GalleryImage picture, int box) {
    boolean shrinks = picture.width() > box || picture.height() > box;
    return new Image(picture.file().toUri().toString(), box, box, true, shrinks, true);
  }
}
