package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Symbols inside words mark a misreading; symbols beside words and CSV punctuation do not. */
class BrokenWordsTest {
  @Test
  void polishReadAsWindows1252BreaksWords() {
    byte[] polish = "Wrocław,może\nBiałystok,Łódź\n".getBytes(Charset.forName("windows-1250"));
    assertThat(BrokenWords.count(new String(polish, Charset.forName("windows-1252")))).isEqualTo(3);
    assertThat(BrokenWords.count(new String(polish, Charset.forName("windows-1250")))).isZero();
  }

  @Test
  void legitimateTextIsNotBroken() {
    assertThat(BrokenWords.count("Volume (m³),Brand®\n25°C,col·legi,l'été\nA,B\n")).isZero();
  }
}
