package org.modelworkbench.app.desktop.gallery;

import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.app.desktop.common.LoadingPicture;
import org.modelworkbench.services.datasets.GalleryImage;

/**
 * Small pictures, decoded upright and in true colours at their shown size in the background
 * (never on the UI thread) and kept for the pictures seen most recently. Use it on the UI thread
 * only.
 */
final class Thumbnails {
  /** The longest side of a thumbnail, in pixels. */
  static final int SIZE = 96;
  /** Thumbnails kept; at 96×96 that is about 30 MB at most. */
  static final int KEPT = 800;

  private static final Map<String, LoadingPicture> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, LoadingPicture> eldest) {
      return size() > KEPT;
    }
  };

  private Thumbnails() {}

  /** The thumbnail of a picture: loading in the background when first asked, then kept. */
  static LoadingPicture of(GalleryImage picture) {
    String uri = picture.file().toUri().toString();
    LoadingPicture kept = CACHE.get(uri);
    if (kept != null && !kept.isFailed()) {
      return kept;
    }
    LoadingPicture image = load(picture, SIZE);
    CACHE.put(uri, image);
    return image;
  }

  /**
   * A picture decoded to fit a square box. Large pictures are scaled down smoothly; small ones
   * (8×8 digits) are scaled up without blurring, so their pixels stay sharp.
   */
  static LoadingPicture load(GalleryImage picture, int box) {
    return LoadingPicture.load(picture.file(), box);
  }
}
