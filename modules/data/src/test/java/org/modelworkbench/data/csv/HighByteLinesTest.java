package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Only the lines with bytes above 127 reach the detectors, within a bounded amount of memory. */
class HighByteLinesTest {
  private static final Charset CP1250 = Charset.forName("windows-1250");

  @Test
  void keepsOnlyTheTellingLinesWithTheirLineBreaks() {
    byte[] text = "id,name\n1,Anna\n2,Łukasz\n3,Zoe\n4,Paweł".getBytes(CP1250);
    assertThat(new String(HighByteLines.of(text), CP1250)).isEqualTo("2,Łukasz\n4,Paweł");
  }

  @Test
  void aHugeFileWithoutLineBreaksIsCutAtTheLimit() throws Exception {
    byte[] huge = new byte[HighByteLines.LIMIT * 4];
    java.util.Arrays.fill(huge, (byte) 0xB3);
    assertThat(HighByteLines.of(new ByteArrayInputStream(huge)).length).isEqualTo(HighByteLines.LIMIT);
    assertThat(HighByteLines.of("all,ascii\n1,2\n".getBytes(CP1250))).isEmpty();
  }
}
