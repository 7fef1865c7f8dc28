package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether one picture file can be decoded, with the same rules as an image-folder import. */
public final class ImageCheck {
  private ImageCheck() {}

  /**
   * Decodes the file fully.
   *
   * @return empty when the picture is readable, else why not in a few words (for example
   *     "truncated PNG", "empty file", "not PNG, JPEG, BMP or GIF")
   */
  public static Optional<String> problem(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.of("cannot be read (" + e.getMessage() + ")");
    }
    try {
      ImageProbe.probe(bytes);
      return Optional.empty();
    } catch (ImageProbe.Unreadable e) {
      return Optional.of(e.getMessage());
    }
  }
}
