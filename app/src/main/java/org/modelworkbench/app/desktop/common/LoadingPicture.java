package org.modelworkbench.app.desktop.common;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.modelworkbench.services.datasets.PictureThumbnails;

/**
 * A picture for the window, decoded off the UI thread by the services' upright, true-colour
 * decoding (not JavaFX's own decoder: it ignores EXIF orientation and does not use ImageIO, so the
 * CMYK/YCCK plug-in never reaches it).
 * Its image appears once decoded; read and bind its properties on the UI thread.
 */
public final class LoadingPicture {
  /** Two daemon threads: on the 2-core machines more would only slow the window down. */
  private static final ExecutorService DECODERS = Executors.newFixedThreadPool(2, task -> {
    Thread thread = new Thread(task, "picture-decoder-" + Counter.NEXT.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

  private LoadingPicture() {}

  /**
   * Starts decoding a picture fitted into a square box (see {@link PictureThumbnails#fit}).
   *
   * @param file the picture file
   * @param box the longest side shown, in pixels
   * @return at once; its image is set, or it is marked failed, later on the UI thread
   */
  public static LoadingPicture load(Path file, int box) {
    LoadingPicture picture = new LoadingPicture();
    DECODERS.execute(() -> {
      try {
        Image fitted = SwingFXUtils.toFXImage(PictureThumbnails.fit(file, box), null);
        FxThread.INSTANCE.execute(() -> picture.image.set(fitted));
      } catch (Exception | LinkageError e) {
        FxThread.INSTANCE.execute(() -> picture.failed.set(true));
      }
    });
    return picture;
  }

  /** The decoded image, null until it is ready (and for good when decoding failed). */
  public ReadOnlyObjectProperty<Image> imageProperty() {
    return image.getReadOnlyProperty();
  }

  /** Whether the file could not be read or decoded. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  /** Whether the file could not be read or decoded. */
  public boolean isFailed() {
    return failed.get();
  }

  /** Numbers the decoder threads. */
  private static final class Counter {
    static final AtomicInteger NEXT = new AtomicInteger();
  }
}
