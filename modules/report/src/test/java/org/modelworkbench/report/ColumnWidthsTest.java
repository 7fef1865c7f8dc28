package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
  @Test
  void spreadsSpareRoomWhenEverythingFits() {
    float[] widths = ColumnWidths.share(new float[] {100, 50}, new float[] {40, 50}, 300);
    assertThat(widths[0]).isCloseTo(200, within(0.01f));
    assertThat(widths[1]).isCloseTo(100, within(0.01f));
  }

  @Test
  void keepsWordsWholeAndGivesTheRestToLongText() {
    // A name column of short words, a sentence column, and a date column of one word each.
    float[] widths = ColumnWidths.share(new float[] {90, 400, 60}, new float[] {90, 60, 60}, 400);
    assertThat(widths[0]).isCloseTo(90, within(0.01f));
    assertThat(widths[2]).isCloseTo(60, within(0.01f));
    assertThat(widths[1]).isCloseTo(250, within(0.01f));
  }

  @Test
  void theLongestWordGivesWaySoShortWordsStayWhole() {
    float[] widths = ColumnWidths.share(new float[] {900, 70, 120}, new float[] {900, 70, 50}, 500);
    assertThat(widths[1]).isCloseTo(70, within(0.01f));
    assertThat(widths[2]).isCloseTo(50, within(0.01f));
    assertThat(widths[0]).isCloseTo(380, within(0.01f));
  }

  @Test
  void shrinksAllAlikeWhenEvenTheWordsDoNotFit() {
    float[] widths = ColumnWidths.share(new float[] {100, 100, 100, 100}, new float[] {100, 100, 100, 100}, 200);
    assertThat(widths).containsOnly(50f);
  }
}
