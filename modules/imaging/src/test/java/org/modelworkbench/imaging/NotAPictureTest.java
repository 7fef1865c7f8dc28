package org.modelworkbench.imaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes that are no picture are refused with the exception that says so. */
class NotAPictureTest {
  @Test
  void emptyBytesAreNoPicture() {
    assertThatThrownBy(() -> Pictures.decode(new byte[0])).isInstanceOf(NotAPictureException.class)
        .hasMessage("empty file");
  }

  @Test
  void textIsNoPicture() {
    assertThatThrownBy(() -> Pictures.decode("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NotAPictureException.class);
  }
}
