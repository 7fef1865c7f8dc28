package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

  private static boolean detect(String text, char delimiter) {
    return HeaderDetector.hasHeader(new FileSample(text).rows(delimiter), delimiter);
  }

  private static boolean detect(String text) {
    return detect(text, ',');
  }

  @Test
  void namesOverNumbers() {
    assertThat(detect("x,y\n1,2\n3,4\n")).isTrue();
  }

  @Test
  void numbersInTheFirstRowMeanNoHeader() {
    assertThat(detect("1,2\n3,4\n")).isFalse();
    assertThat(detect("5.1,setosa\n4.9,setosa\n")).isFalse();
  }

  @Test
  void aNameThatLooksLikeAYesNoWordOverNumbers() {
    assertThat(detect("x,y\n1.5,0\n2.5,1\n")).isTrue();
  }

  @Test
  void trueFalseDataWithoutHeader() {
    assertThat(detect("true,false\nfalse,true\ntrue,true\n")).isFalse();
  }

  @Test
  void namesOverYesNoValues() {
    assertThat(detect("smoker,city\nyes,Paris\nno,Rome\n")).isTrue();
  }

  @Test
  void namesOverDates() {
    assertThat(detect("day,city\n2020-01-01,Paris\n2020-01-02,Rome\n")).isTrue();
  }

  @Test
  void datesInTheFirstRowMeanNoHeader() {
    assertThat(detect("2020-01-01,Paris\n2020-01-02,Rome\n")).isFalse();
  }

  @Test
  void allTextIsTakenAsAHeader() {
    assertThat(detect("name,city\nAnn,Paris\nBob,Rome\n")).isTrue();
  }

  @Test
  void missingTokensInTheFirstRowMeanData() {
    assertThat(detect("NA,b\n1,c\n2,d\n")).isFalse();
  }

  @Test
  void anEmptyNameStillLetsTheRowBeAHeader() {
    assertThat(detect(",value\n1,2.5\n2,3.5\n")).isTrue();
  }

  @Test
  void aSingleTextRowIsAHeader() {
    assertThat(detect("a,b,c\n")).isTrue();
  }

  @Test
  void decimalCommasCountAsNumbersWithSemicolons() {
    assertThat(detect("1,5;2,5\n3,5;4,5\n", ';')).isFalse();
    assertThat(detect("x;y\n1,5;2,5\n", ';')).isTrue();
  }
}
