package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.ColumnBatch;

class ColumnBatchFillerTest {
  private static final ValueFormat[] FORMATS = {ValueFormat.INTEGER, ValueFormat.DECIMAL, ValueFormat.TEXT,
      ValueFormat.DATE_ISO, ValueFormat.BOOLEAN, ValueFormat.TIMESTAMP};
  private static final String[] CELLS = {"0", "-12", "+7", " 42 ", "\t5", "9223372036854775807",
      "9223372036854775808", "123456789012345678901", "2.5", "-0.125", "1e3", ".5", "5.", "1.2.3", "abc", " x y ",
      "", " ", "NA", "na", "N/A", "NaN", "null", "None", "?", "-", "2020-01-02", "2020-02-30", "true", "No",
      "2020-01-02 03:04", "2020-01-02T03:04:05.5", "1234567890123456.75", "+", "e5"};

  @Test
  void aLineReadInPlaceGivesTheSameRowAsItsCleanedStrings() throws IOException {
    Random random = new Random(7);
    ColumnBatchFiller filler = new ColumnBatchFiller(FORMATS);
    int agreedRows = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < FORMATS.length; c++) {
        if (c > 0) {
          line.append(',');
        }
        line.append(CELLS[random.nextInt(CELLS.length)]);
      }
      CsvRow inPlace = read(line.toString());
      assertThat(inPlace.isUnmade()).isTrue();
      assertThat(inPlace.fieldCount()).isEqualTo(FORMATS.length);
      inPlace.cleanFields();
      CsvRow asStrings = read(line.toString());
      String[] cleaned = asStrings.fields();
      asStrings.cleanFields();

      ColumnBatch a = filler.newBatch(1);
      ColumnBatch b = filler.newBatch(1);
      boolean fitA = filler.add(a, inPlace);
      boolean fitB = filler.add(b, cleaned);
      assertThat(fitA).as(line.toString()).isEqualTo(fitB);
      assertThat(inPlace.isUnmade()).isTrue();
      if (fitA) {
        agreedRows++;
        for (int c = 0; c < FORMATS.length; c++) {
          assertThat(a.value(c, 0)).as("%s, column %d", line, c).isEqualTo(b.value(c, 0));
        }
      }
      assertThat(inPlace.fields()).as(line.toString()).containsExactly(cleaned);
    }
    assertThat(agreedRows).isGreaterThan(100);
  }

  @Test
  void quotedLinesAreSplitIntoStringsAtOnce() throws IOException {
    CsvRow row = read("1,\"a,b\",x");
    assertThat(row.isUnmade()).isFalse();
    assertThat(row.fields()).containsExactly("1", "a,b", "x");
  }

  @Test
  void equalTextsOfAColumnComeAsOneInstance() throws IOException {
    ColumnBatchFiller filler = new ColumnBatchFiller(new ValueFormat[] {ValueFormat.INTEGER, ValueFormat.TEXT});
    ColumnBatch batch = filler.newBatch(4);
    CsvRow first = read("1, City A ");
    first.cleanFields();
    assertThat(filler.add(batch, first)).isTrue();
    CsvRow second = read("2,City A");
    second.cleanFields();
    assertThat(filler.add(batch, second)).isTrue();
    assertThat(filler.add(batch, new String[] {"3", "City A"})).isTrue();
    assertThat(filler.add(batch, new String[] {"4", "City B"})).isTrue();

    String[] texts = batch.texts(1);
    assertThat(texts).containsExactly("City A", "City A", "City A", "City B");
    assertThat(texts[1]).isSameAs(texts[0]);
    assertThat(texts[2]).isSameAs(texts[0]);
  }

  private static CsvRow read(String line) throws IOException {
    return new CsvRecordReader(new BufferedReader(new StringReader(line)), ',').next();
  }
}
