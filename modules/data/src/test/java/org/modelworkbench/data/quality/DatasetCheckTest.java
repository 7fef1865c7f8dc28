package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.model.ColumnType.BOOLEAN;
import static org.modelworkbench.model.ColumnType.CATEGORICAL;
import static org.modelworkbench.model.ColumnType.DATE;
import static org.modelworkbench.model.ColumnType.DECIMAL;
import static org.modelworkbench.model.ColumnType.INTEGER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;
import org.modelworkbench.model.QualityReport;

/** The dataset-level findings, each on data made to show it and absent on data without it. */
class DatasetCheckTest {

  /** Decimals 0.5, 2.0, 3.5 ... with the first {@code empty} cells left empty. */
  private static Object[] decimalsWithGaps(int rows, int empty) {
    Object[] values = new Object[rows];
    for (int i = empty; i < rows; i++) {
      values[i] = 0.5 + 1.5 * i;
    }
    return values;
  }

  @Test
  void missingValuesAreGradedByShare() {
    DataTable table = Tables.with()
        .column("few", DECIMAL, decimalsWithGaps(100, 10))
        .column("many", DECIMAL, decimalsWithGaps(100, 30))
        .column("most", DECIMAL, decimalsWithGaps(100, 70))
        .column("all", DECIMAL, decimalsWithGaps(100, 100))
        .column("none", DECIMAL, decimalsWithGaps(100, 0))
        .build();
    QualityReport report = QualityChecker.check(table);

    QualityFinding few = Findings.one(report, QualityCodes.MISSING_VALUES, "few");
    assertThat(few.severity()).isEqualTo(Severity.INFO);
    assertThat(few.count()).isEqualTo(10);
    assertThat(few.message()).startsWith("'few' is empty in 10 rows (10.0 %).");
    assertThat(Findings.one(report, QualityCodes.MISSING_VALUES, "many").severity()).isEqualTo(Severity.WARNING);
    QualityFinding most = Findings.one(report, QualityCodes.MISSING_VALUES, "most");
    assertThat(most.severity()).as("mostly empty tells the model little; only a leak makes it serious")
        .isEqualTo(Severity.WARNING);
    assertThat(most.message()).contains("tells the model little");
    QualityFinding all = Findings.one(report, QualityCodes.MISSING_VALUES, "all");
    assertThat(all.severity()).isEqualTo(Severity.WARNING);
    assertThat(all.message()).contains("exclude it");
    assertThat(Findings.of(report, QualityCodes.MISSING_VALUES, "none")).isEmpty();
  }

  @Test
  void boundarySharesStayInTheLowerGrade() {
    DataTable table = Tables.with()
        .column("fifth", DECIMAL, decimalsWithGaps(100, 20))
        .column("sixty", DECIMAL, decimalsWithGaps(100, 60))
        .build();
    QualityReport report = QualityChecker.check(table);
    assertThat(Findings.one(report, QualityCodes.MISSING_VALUES, "fifth").severity()).isEqualTo(Severity.INFO);
    assertThat(Findings.one(report, QualityCodes.MISSING_VALUES, "sixty").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void constantColumnsCarryNoInformation() {
    Object[] sometimes = Tables.repeat("yes", 40);
    sometimes[3] = null;
    DataTable table = Tables.with()
        .column("currency", CATEGORICAL, Tables.repeat("EUR", 40))
        .column("flag", CATEGORICAL, sometimes)
        .column("colour", CATEGORICAL, Tables.cycle(40, "red", "blue"))
        .build();
    QualityReport report = QualityChecker.check(table);

    QualityFinding currency = Findings.one(report, QualityCodes.CONSTANT_COLUMN, "currency");
    assertThat(currency.severity()).isEqualTo(Severity.WARNING);
    assertThat(currency.message()).contains("'EUR'", "in every row", "carries no information");
    assertThat(currency.count()).isEqualTo(40);
    assertThat(Findings.one(report, QualityCodes.CONSTANT_COLUMN, "flag").message())
        .contains("whether it is empty");
    assertThat(Findings.of(report, QualityCodes.CONSTANT_COLUMN, "colour")).isEmpty();
  }

  @Test
  void idLikeColumnsAreFlagged() {
    int rows = 100;
    Object[] emails = new Object[rows];
    Object[] keys = new Object[rows];
    for (int i = 0; i < rows; i++) {
      emails[i] = "person" + i + "@example.com";
      keys[i] = 1000.25 * i;
    }
    DataTable table = Tables.with()
        .column("row", INTEGER, Tables.sequence(1, rows))
        .column("email", CATEGORICAL, emails)
        .column("customerKey", DECIMAL, keys)
        .build();
    QualityReport report = QualityChecker.check(table);

    QualityFinding row = Findings.one(report, QualityCodes.ID_LIKE, "row");
    assertThat(row.severity()).isEqualTo(Severity.WARNING);
    assertThat(row.message()).contains("from 1 to 100", "exclude it from training");
    assertThat(Findings.one(report, QualityCodes.ID_LIKE, "email").message()).contains("every row has a different value");
    assertThat(Findings.one(report, QualityCodes.ID_LIKE, "customerKey").message()).contains("its name");
  }

  @Test
  void ordinaryColumnsAreNotIdLike() {
    int rows = 100;
    Object[] amounts = new Object[rows];
    Object[] ages = new Object[rows];
    Object[] scattered = new Object[rows];
    for (int i = 0; i < rows; i++) {
      amounts[i] = 10.0 + i * 3.7;
      ages[i] = (long) (20 + i % 45);
      scattered[i] = (long) i * i * 37;
    }
    DataTable table = Tables.with()
        .column("amount", DECIMAL, amounts)
        .column("age", INTEGER, ages)
        .column("income", INTEGER, scattered)
        .column("paid", BOOLEAN, Tables.cycle(rows, true, false))
        .build();
    assertThat(QualityChecker.check(table).withCode(QualityCodes.ID_LIKE)).isEmpty();
    // Too few rows to judge.
    DataTable small = Tables.with().column("n", INTEGER, Tables.sequence(1, 10)).build();
    assertThat(QualityChecker.check(small).withCode(QualityCodes.ID_LIKE)).isEmpty();
  }

  @Test
  void idWordsAreFoundInNames() {
    assertThat(IdLikeCheck.hasIdName("customer_id")).isTrue();
    assertThat(IdLikeCheck.hasIdName("customerID")).isTrue();
    assertThat(IdLikeCheck.hasIdName("CustomerId")).isTrue();
    assertThat(IdLikeCheck.hasIdName("Order UUID")).isTrue();
    assertThat(IdLikeCheck.hasIdName("row key")).isTrue();
    assertThat(IdLikeCheck.hasIdName("paid")).isFalse();
    assertThat(IdLikeCheck.hasIdName("valid")).isFalse();
    assertThat(IdLikeCheck.hasIdName("idea")).isFalse();
    assertThat(IdLikeCheck.hasIdName("keyboard")).isFalse();
  }

  @Test
  void textColumnsWithMostlyNumbersOrDatesAreMixed() {
    Object[] amounts = new Object[20];
    Object[] dates = new Object[20];
    for (int i = 0; i < 20; i++) {
      amounts[i] = (i % 4) + ",5";
      dates[i] = "2024-01-" + (10 + i % 5);
    }
    amounts[5] = "n/a";
    amounts[9] = "unknown";
    dates[0] = "someday";
    DataTable table = Tables.with()
        .column("amount", CATEGORICAL, amounts)
        .column("signed", CATEGORICAL, dates)
        .column("colour", CATEGORICAL, Tables.cycle(20, "red", "blue", "green"))
        .column("zip", CATEGORICAL, Tables.cycle(20, "01234", "04711", "10115"))
        .build();
    QualityReport report = QualityChecker.check(table);

    QualityFinding amount = Findings.one(report, QualityCodes.MIXED_TYPES, "amount");
    assertThat(amount.severity()).isEqualTo(Severity.WARNING);
    assertThat(amount.count()).isEqualTo(2);
    assertThat(amount.message()).contains("mostly numbers", "2 values are other text", "'n/a'");
    assertThat(Findings.one(report, QualityCodes.MIXED_TYPES, "signed").message())
        .contains("mostly dates", "1 value is other text", "'someday'");
    assertThat(Findings.of(report, QualityCodes.MIXED_TYPES, "colour")).isEmpty();
    assertThat(Findings.of(report, QualityCodes.MIXED_TYPES, "zip")).isEmpty();
  }

  @Test
  void farValuesAreReportedWithTheMostExtremeAsExample() {
    Object[] amounts = new Object[101];
    Object[] dates = new Object[101];
    for (int i = 0; i < 100; i++) {
      amounts[i] = 50.0 + i % 10;
      dates[i] = LocalDate.of(2024, 1, 1).plusDays(i);
    }
    amounts[100] = 999999.0;
    dates[100] = LocalDate.of(1900, 1, 1);
    DataTable table = Tables.with()
        .column("amount", DECIMAL, amounts)
        .column("opened", DATE, dates)
        .build();
    QualityReport report = QualityChecker.check(table);

    QualityFinding amount = Findings.one(report, QualityCodes.OUTLIERS, "amount");
    assertThat(amount.severity()).isEqualTo(Severity.INFO);
    assertThat(amount.count()).isEqualTo(1);
    assertThat(amount.message()).contains("1 value far from the rest", "'999999'");
    assertThat(Findings.one(report, QualityCodes.OUTLIERS, "opened").message()).contains("'1900-01-01'");
  }

  @Test
  void evenlySpreadOrMostlyEqualNumbersHaveNoOutliers() {
    Object[] even = new Object[100];
    Object[] zeros = new Object[100];
    for (int i = 0; i < 100; i++) {
      even[i] = (double) i;
      zeros[i] = i < 80 ? 0L : (long) i;
    }
    DataTable table = Tables.with()
        .column("even", DECIMAL, even)
        .column("zeros", INTEGER, zeros)
        .build();
    assertThat(QualityChecker.check(table).withCode(QualityCodes.OUTLIERS)).isEmpty();
  }

  @Test
  void duplicateRowsAreCounted() {
    DataTable table = Tables.with()
        .column("a", INTEGER, 1L, 2L, 1L, 3L, 1L, 2L)
        .column("b", CATEGORICAL, "x", "y", "x", "z", "x", "other")
        .build();
    QualityFinding duplicates = Findings.one(QualityChecker.check(table), QualityCodes.DUPLICATE_ROWS, null);
    assertThat(duplicates.severity()).isEqualTo(Severity.WARNING);
    // Row 0 occurs three times: two copies. Rows 1 and 5 differ in b.
    assertThat(duplicates.count()).isEqualTo(2);
    assertThat(duplicates.message()).startsWith("2 rows are exact copies of another row (33.3 % of the table).");
    assertThat(duplicates.tableWide()).isTrue();
  }

  @Test
  void rowsDifferingOnlyInEmptyCellsOrTypesAreNotDuplicates() {
    DataTable table = Tables.with()
        .column("a", CATEGORICAL, "x", null, "", "x")
        .column("b", DECIMAL, 0.0, 0.0, 0.0, -0.0)
        .build();
    // Rows 0 and 3 are equal (0.0 and -0.0 are the same number); the rest differ.
    assertThat(Findings.one(QualityChecker.check(table), QualityCodes.DUPLICATE_ROWS, null).count()).isEqualTo(1);
  }

  @Test
  void anEmptyTableHasOnlyNoRows() {
    DataTable table = new DataTable(List.of(new ColumnSchema("a", INTEGER)), new Object[][] {{}});
    QualityReport report = QualityChecker.check(table);
    assertThat(report.findings()).extracting(QualityFinding::code).containsExactly(QualityCodes.NO_ROWS);
    assertThat(report.hasSerious()).isTrue();
  }

  @Test
  void cleanDataHasNoFindings() {
    int rows = 200;
    Object[] amounts = new Object[rows];
    Object[] days = new Object[rows];
    for (int i = 0; i < rows; i++) {
      amounts[i] = 100.0 + (i * 37 % 101);
      days[i] = LocalDate.of(2024, 1, 1).plusDays(i % 60);
    }
    DataTable table = Tables.with()
        .column("amount", DECIMAL, amounts)
        .column("age", INTEGER, Tables.cycle(rows, 25L, 31L, 47L, 52L, 38L, 29L, 61L))
        .column("region", CATEGORICAL, Tables.cycle(rows, "north", "south", "east"))
        .column("member", BOOLEAN, Tables.cycle(rows, true, false, false))
        .column("day", DATE, days)
        .build();
    assertThat(QualityChecker.check(table).findings()).isEmpty();
  }

  @Test
  void findingsComeMostSeriousFirstThenInColumnOrder() {
    DataTable table = Tables.with()
        .column("few", DECIMAL, decimalsWithGaps(100, 10))
        .column("currency", CATEGORICAL, Tables.repeat("EUR", 100))
        .column("most", DECIMAL, decimalsWithGaps(100, 70))
        .column("many", DECIMAL, decimalsWithGaps(100, 30))
        .column("distinct", DECIMAL, decimalsWithGaps(100, 0))
        .build();
    assertThat(QualityChecker.check(table).findings())
        .extracting(f -> f.severity() + " " + f.code() + " " + f.column())
        .containsExactly("WARNING constant_column currency", "WARNING missing_values most",
            "WARNING missing_values many", "INFO missing_values few");
  }

  @Test
  void sampleDatasetsHaveNothingSerious() {
    for (String sample : List.of("iris.csv", "penguins.csv", "breast_cancer.csv", "wine.csv", "diabetes.csv")) {
      QualityReport report = QualityChecker.check(Samples.read(sample));
      assertThat(report.serious()).as(sample).isEmpty();
      assertThat(report.withCode(QualityCodes.ID_LIKE)).as(sample).isEmpty();
    }
    // Iris has one repeated flower.
    assertThat(Findings.one(QualityChecker.check(Samples.read("iris.csv")), QualityCodes.DUPLICATE_ROWS, null)
        .count()).isEqualTo(1);
  }
}
