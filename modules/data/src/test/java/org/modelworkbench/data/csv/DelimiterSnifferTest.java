package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterSnifferTest {

  private static char sniff(String text) {
    return DelimiterSniffer.sniff(new FileSample(text));
  }

  @Test
  void comma() {
    assertThat(sniff("a,b,c\n1,2,3\n4,5,6\n")).isEqualTo(',');
  }

  @Test
  void semicolonWithDecimalCommas() {
    assertThat(sniff("x;y\n1,5;2,5\n3,25;4,75\n")).isEqualTo(';');
  }

  @Test
  void semicolonWithDecimalCommasAndNoHeader() {
    // Splitting on commas also gives a steady three fields here; the numbers decide.
    assertThat(sniff("1,5;2,5;x\n3,5;4,5;y\n")).isEqualTo(';');
  }

  @Test
  void tab() {
    assertThat(sniff("name\tcity, country\tage\nAnn\tParis, France\t31\nBob\tRome, Italy\t42\n"))
        .isEqualTo('\t');
  }

  @Test
  void pipe() {
    assertThat(sniff("a|b\n1|2\n3|4\n")).isEqualTo('|');
  }

  @Test
  void delimitersInsideQuotesDoNotCount() {
    assertThat(sniff("name;note\n\"a,b,c\";1\n\"d,e,f,g\";2\n\"h\";3\n")).isEqualTo(';');
  }

  @Test
  void aSingleColumnFallsBackToComma() {
    assertThat(sniff("value\n1\n2\n3\n")).isEqualTo(',');
  }

  @Test
  void modalFieldCountIgnoresRaggedRows() {
    FileSample sample = new FileSample("a,b,c\n1,2,3\n4,5\n6,7,8\n");
    assertThat(DelimiterSniffer.modalFieldCount(sample.rows(','))).isEqualTo(3);
  }
}
