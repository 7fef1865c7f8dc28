package org.modelworkbench.imaging;

import java.io.IOException;

/** A decoder knows the format but could not decode the picture (truncated or damaged data). */
public final class DamagedPictureException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String format;

  DamagedPictureException(String format, Throwable cause) {
    super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    this.format = format;
  }

  /** The format the decoder took the bytes for, upper case ("JPEG", "PNG"). */
  public String format() {
    return format;
  }
}
