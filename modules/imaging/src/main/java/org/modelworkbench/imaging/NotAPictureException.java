package org.modelworkbench.imaging;

import java.io.IOException;

/** The bytes are empty or no installed decoder knows their format. */
public final class NotAPictureException extends IOException {
  private static final long serialVersionUID = 1L;

  NotAPictureException(String message) {
    super(message);
  }
}
