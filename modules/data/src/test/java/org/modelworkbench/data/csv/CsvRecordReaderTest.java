package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRow> read(String text, char delimiter) throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new StringReader(text)), delimiter);
    List<CsvRow> rows = new ArrayList<>();
    CsvRow row;
    while ((row = reader.next()) != null) {
      rows.add(row);
    }
    return rows;
  }

  private static List<CsvRow> read(String text) throws IOException {
    return read(text, ',');
  }

  @Test
  void splitsPlainFields() throws IOException {
    List<CsvRow> rows = read("a,b,c\n1,2,3\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).fields()).containsExactly("1", "2", "3");
    assertThat(rows.get(1).line()).isEqualTo(2);
  }

  @Test
  void quotedFieldsKeepDelimitersAndDoubledQuotes() throws IOException {
    List<CsvRow> rows = read("\"Smith, John\",\"He said \"\"hi\"\"\",\"\"\n");
    assertThat(rows.get(0).fields()).containsExactly("Smith, John", "He said \"hi\"", "");
  }

  @Test
  void quotedFieldsSpanLinesAndLineNumbersFollowPhysicalLines() throws IOException {
    List<CsvRow> rows = read("id,note\n1,\"first\nsecond\nthird\"\n2,plain\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).fields()).containsExactly("1", "first\nsecond\nthird");
    assertThat(rows.get(1).line()).isEqualTo(2);
    assertThat(rows.get(2).fields()).containsExactly("2", "plain");
    assertThat(rows.get(2).line()).isEqualTo(5);
  }

  @Test
  void acceptsWindowsAndOldMacLineBreaks() throws IOException {
    assertThat(read("a,b\r\n1,2\r\n")).extracting(r -> r.fields().length).containsExactly(2, 2);
    List<CsvRow> rows = read("a,b\r1,2\r3,4");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).line()).isEqualTo(3);
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    List<CsvRow> rows = read("a,b\n\n1,2\n   \n3,4\n\n\n");
    assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 3L, 5L);
  }

  @Test
  void emptyFieldsAtTheEnds() throws IOException {
    assertThat(read(",x,\n").get(0).fields()).containsExactly("", "x", "");
    assertThat(read("\"a\",\n").get(0).fields()).containsExactly("a", "");
  }

  @Test
  void blanksAroundQuotedFieldsAreAllowed() throws IOException {
    assertThat(read("1,  \"a, b\"  ,2\n").get(0).fields()).containsExactly("1", "a, b", "2");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
    assertThat(read("5'11\",tall\n").get(0).fields()).containsExactly("5'11\"", "tall");
  }

  @Test
  void otherDelimiters() throws IOException {
    assertThat(read("a;\"b;c\";d\n", ';').get(0).fields()).containsExactly("a", "b;c", "d");
    assertThat(read("a\t b\tc\n", '\t').get(0).fields()).containsExactly("a", " b", "c");
    assertThat(read("a|b\n", '|').get(0).fields()).containsExactly("a", "b");
  }

  @Test
  void unclosedQuoteIsABrokenRowAndReadingGoesOnAtTheNextLine() throws IOException {
    List<CsvRow> rows = read("id,name\n1,\"Ann\n2,Bob\n3,Cy\n");
    assertThat(rows).hasSize(4);
    CsvRow broken = rows.get(1);
    assertThat(broken.isBroken()).isTrue();
    assertThat(broken.line()).isEqualTo(2);
    assertThat(broken.problemWith(2)).isEqualTo(CsvRecordReader.UNCLOSED_QUOTE);
    assertThat(broken.rawText(200)).isEqualTo("1,\"Ann");
    assertThat(rows.get(2).fields()).containsExactly("2", "Bob");
    assertThat(rows.get(2).line()).isEqualTo(3);
    assertThat(rows.get(3).line()).isEqualTo(4);
  }

  @Test
  void unclosedQuoteOnTheLastLineIsBroken() throws IOException {
    List<CsvRow> rows = read("a,b\n1,\"open");
    assertThat(rows.get(1).isBroken()).isTrue();
    assertThat(rows.get(1).line()).isEqualTo(2);
  }

  @Test
  void textAfterAClosingQuoteIsBroken() throws IOException {
    List<CsvRow> rows = read("a,b\n1,\"x\"y\n2,z\n");
    assertThat(rows.get(1).isBroken()).isTrue();
    assertThat(rows.get(1).problemWith(2)).isEqualTo("field 2 has text after its closing quote");
    assertThat(rows.get(2).fields()).containsExactly("2", "z");
  }

  @Test
  void aQuoteClosedOnALaterLineFollowedByTextGivesBackTheLaterLines() throws IOException {
    // Line 2 forgot its closing quote; the quote opening line 3's field closes it instead.
    List<CsvRow> rows = read("a,b\n1,\"x\n2,\"y\"\n3,z\n");
    assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(rows.get(1).isBroken()).isTrue();
    assertThat(rows.get(2).fields()).containsExactly("2", "y");
    assertThat(rows.get(3).fields()).containsExactly("3", "z");
  }

  @Test
  void wrongFieldCountIsAProblemOnlyAgainstTheExpectedCount() throws IOException {
    CsvRow row = read("1,2,3\n").get(0);
    assertThat(row.problemWith(3)).isNull();
    assertThat(row.problemWith(4)).isEqualTo("expected 4 fields but found 3");
  }

  @Test
  void rawTextIsShortened() throws IOException {
    String longRow = "x".repeat(500) + ",1";
    String raw = read(longRow).get(0).rawText(200);
    assertThat(raw).hasSize(200).startsWith("xxx").endsWith("…");
  }

  @Test
  void rawTextOfAMultiLineRecordKeepsItsLines() throws IOException {
    assertThat(read("1,\"a\nb\",2\n").get(0).rawText(200)).isEqualTo("1,\"a\nb\",2");
  }
}
