package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.data.csv.CsvTestFiles.read;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/** Column types and values as imported. */
class CsvImporterTypesTest {
  @TempDir Path dir;

  private DataTable table(String text) {
    return read(write(dir, "types.csv", text)).table();
  }

  @Test
  void everyTypeWithItsJavaValues() {
    DataTable table = table("int,dec,flag,day,moment,label\n"
        + "1,1.5,true,2024-01-31,2024-01-31T08:30,red\n"
        + "-2,2e3,False,2024-02-01,2024-02-01 09:45:10,blue\n");
    assertThat(table.columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
        ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.TIMESTAMP,
        ColumnType.CATEGORICAL);
    assertThat(table.row(0)).containsExactly(1L, 1.5, true, LocalDate.of(2024, 1, 31),
        LocalDateTime.of(2024, 1, 31, 8, 30), "red");
    assertThat(table.row(1)).containsExactly(-2L, 2000.0, false, LocalDate.of(2024, 2, 1),
        LocalDateTime.of(2024, 2, 1, 9, 45, 10), "blue");
  }

  @Test
  void missingTokensBecomeNullAndDoNotDecideTheType() {
    DataTable table = table("a,b,c\n1,NA,x\nN/A,2.5,?\nnull,NaN,None\n4,,NULL\n");
    assertThat(table.column("a").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(table.column("b").type()).isEqualTo(ColumnType.DECIMAL);
    assertThat(table.column("c").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(table.columnValues(0)).containsExactly(1L, null, null, 4L);
    assertThat(table.columnValues(1)).containsExactly(null, 2.5, null, null);
    assertThat(table.columnValues(2)).containsExactly("x", null, null, null);
  }

  @Test
  void aColumnWithOnlyMissingValuesIsCategorical() {
    DataTable table = table("a,b\n1,\n2,NA\n");
    assertThat(table.column("b").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(table.columnValues(1)).containsOnlyNulls();
  }

  @Test
  void zeroOneColumnsStayIntegers() {
    DataTable table = table("x,label\n0.5,0\n1.5,1\n");
    assertThat(table.column("label").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(table.columnValues(1)).containsExactly(0L, 1L);
  }

  @Test
  void mixedColumnsAreCategoricalWithTrimmedText() {
    DataTable table = table("x,code\n1, 12 \n2,A7\n");
    assertThat(table.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(table.columnValues(1)).containsExactly("12", "A7");
  }

  @Test
  void aTypeIsDecidedFromAllRowsNotJustTheFirst() {
    StringBuilder text = new StringBuilder("n\n");
    for (int i = 0; i < 5000; i++) {
      text.append(i).append('\n');
    }
    text.append("2.5\n");
    DataTable table = table(text.toString());
    assertThat(table.column("n").type()).isEqualTo(ColumnType.DECIMAL);
    assertThat(table.value(4999, 0)).isEqualTo(4999.0);
    assertThat(table.value(5000, 0)).isEqualTo(2.5);
  }

  @Test
  void quotedCommaDecimalIsTextInACommaFile() {
    DataTable table = table("x,amount\n1,\"1,5\"\n2,\"2,5\"\n");
    assertThat(table.column("amount").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(table.columnValues(1)).containsExactly("1,5", "2,5");
  }

  @Test
  void datesInDayFirstMonthFirstAndDotLayouts() {
    DataTable table = table("dmy,mdy,dots\n"
        + "31/01/2024,01/31/2024,31.01.2024\n"
        + "01/02/2024,02/01/2024,1.2.2024\n");
    assertThat(table.columns()).extracting(c -> c.type()).containsOnly(ColumnType.DATE);
    assertThat(table.row(0)).containsOnly(LocalDate.of(2024, 1, 31));
    assertThat(table.row(1)).containsOnly(LocalDate.of(2024, 2, 1));
  }

  @Test
  void ambiguousSlashDatesAreReadDayFirst() {
    DataTable table = table("day,n\n01/02/2024,1\n03/04/2024,2\n");
    assertThat(table.value(0, 0)).isEqualTo(LocalDate.of(2024, 2, 1));
  }

  @Test
  void bigWholeNumbersBecomeDecimals() {
    DataTable table = table("id,n\n1,12345678901234567890\n2,3\n");
    assertThat(table.column("n").type()).isEqualTo(ColumnType.DECIMAL);
    assertThat(table.value(1, 1)).isEqualTo(3.0);
  }

  @Test
  void booleanWordsInAnyCase() {
    DataTable table = table("id,ok\n1,True\n2,false\n3,TRUE\n4,FALSE\n");
    assertThat(table.column("ok").type()).isEqualTo(ColumnType.BOOLEAN);
    assertThat(table.columnValues(1)).containsExactly(true, false, true, false);
  }

  @Test
  void yesNoLabelsStayAsWritten() {
    DataTable table = table("id,defaulted\n1,yes\n2,no\n3,Yes\n");
    assertThat(table.column("defaulted").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(table.columnValues(1)).containsExactly("yes", "no", "Yes");
  }

  @Test
  void repeatedCategoriesShareOneString() {
    DataTable table = table("id,colour\n1,red\n2,red\n");
    assertThat(table.value(0, 1)).isSameAs(table.value(1, 1));
  }
}
