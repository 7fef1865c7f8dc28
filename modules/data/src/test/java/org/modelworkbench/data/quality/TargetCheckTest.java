package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelworkbench.model.ColumnType.BOOLEAN;
import static org.modelworkbench.model.ColumnType.CATEGORICAL;
import static org.modelworkbench.model.ColumnType.DECIMAL;
import static org.modelworkbench.model.ColumnType.INTEGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;
import org.modelworkbench.model.QualityReport;

/** Class balance, missing and conflicting labels, and target leakage. */
class TargetCheckTest {
  private static final int ROWS = 200;

  /** A label for each row: "yes" where {@code i % 100 < yesPerHundred}, else "no". */
  private static Object[] labels(int rows, int yesPerHundred) {
    Object[] values = new Object[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = i % 100 < yesPerHundred ? "yes" : "no";
    }
    return values;
  }

  /** Numbers unrelated to the labels above: a scrambled 0..rows-1. */
  private static Object[] noise(int rows) {
    Object[] values = new Object[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = (double) ((i * 7919L + 13) % rows);
    }
    return values;
  }

  @Test
  void balancedClassesAreInfoWithTheirShares() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("y", CATEGORICAL, labels(ROWS, 40))
        .build();
    QualityFinding balance = Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.CLASS_BALANCE, "y");
    assertThat(balance.severity()).isEqualTo(Severity.INFO);
    assertThat(balance.message()).contains("2 classes", "'no' 60.0 %, 'yes' 40.0 %");
    assertThat(balance.count()).isEqualTo(ROWS);
  }

  @Test
  void aSmallClassIsAWarning() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("y", CATEGORICAL, labels(ROWS, 9))
        .build();
    QualityFinding balance = Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.CLASS_BALANCE, "y");
    assertThat(balance.severity()).isEqualTo(Severity.WARNING);
    assertThat(balance.message()).contains("'yes' is only 9.0 % of the rows", "per-class recall");
    assertThat(balance.count()).isEqualTo(18);
  }

  /** Labels with the given number of rows of each class, named by {@code names}, in class blocks. */
  private static Object[] counts(String[] names, int... counts) {
    List<Object> values = new java.util.ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      for (int i = 0; i < counts[c]; i++) {
        values.add(names[c]);
      }
    }
    return values.toArray();
  }

  private static QualityFinding balanceOf(Object[] labels) {
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(labels.length))
        .column("y", CATEGORICAL, labels)
        .build();
    return Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.CLASS_BALANCE, "y");
  }

  @Test
  void tenEvenClassesAreBalancedEvenThoughEachIsNearTenPercent() {
    // The class counts of the 1,797 handwritten digits: from 174 ('8', 9.7 %) to 183 ('3', 10.2 %).
    String[] digits = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    QualityFinding balance = balanceOf(counts(digits, 178, 182, 177, 183, 181, 182, 181, 179, 174, 180));
    assertThat(balance.severity()).as(balance.message()).isEqualTo(Severity.INFO);
    assertThat(balance.message()).contains("10 classes, reasonably balanced", "'8' 9.7 %");
  }

  @Test
  void aClassUnderHalfAnEvenShareIsAWarningWhateverTheNumberOfClasses() {
    QualityFinding two = balanceOf(counts(new String[] {"no", "yes"}, 91, 9));
    assertThat(two.severity()).isEqualTo(Severity.WARNING);
    assertThat(two.message()).contains("'yes' is only 9.0 % of the rows (an even share would be 50.0 %)");
    assertThat(two.count()).isEqualTo(9);

    // Five classes: an even share is 20 %, so 5 % is rare, and 12 % is not.
    String[] five = {"a", "b", "c", "d", "e"};
    QualityFinding rare = balanceOf(counts(five, 238, 238, 237, 237, 50));
    assertThat(rare.severity()).isEqualTo(Severity.WARNING);
    assertThat(rare.message()).contains("'e' is only 5.0 % of the rows (an even share would be 20.0 %)");
    QualityFinding fine = balanceOf(counts(five, 220, 220, 220, 220, 120));
    assertThat(fine.severity()).as(fine.message()).isEqualTo(Severity.INFO);
  }

  @Test
  void aClassTooSmallForEachPartOfTheSplitIsAWarning() {
    // An even share (6 of 18 rows), but 6 rows cannot give the 15 % validation part a row of each class.
    QualityFinding small = balanceOf(counts(new String[] {"a", "b", "c"}, 6, 6, 6));
    assertThat(small.severity()).isEqualTo(Severity.WARNING);
    assertThat(small.message()).contains("only 6 rows", "training, validation and test");
    QualityFinding enough = balanceOf(counts(new String[] {"a", "b", "c"}, 7, 7, 7));
    assertThat(enough.severity()).as(enough.message()).isEqualTo(Severity.INFO);
  }

  @Test
  void oneClassOrATinyClassIsSerious() {
    DataTable single = Tables.with()
        .column("x", DECIMAL, noise(50))
        .column("y", CATEGORICAL, Tables.repeat("no", 50))
        .build();
    QualityFinding one = Findings.one(QualityChecker.checkTarget(single, "y", true), QualityCodes.CLASS_BALANCE, "y");
    assertThat(one.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(one.message()).contains("only one value ('no')");

    Object[] labels = labels(100, 50);
    labels[0] = "maybe";
    labels[1] = "maybe";
    DataTable tiny = Tables.with()
        .column("x", DECIMAL, noise(100))
        .column("y", CATEGORICAL, labels)
        .build();
    QualityFinding rare = Findings.one(QualityChecker.checkTarget(tiny, "y", true), QualityCodes.CLASS_BALANCE, "y");
    assertThat(rare.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(rare.message()).contains("fewer than 5 rows", "'maybe' with 2 rows");
    assertThat(rare.count()).isEqualTo(2);
  }

  @Test
  void aTargetWithManyValuesIsProbablyANumber() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("price", DECIMAL, Tables.cycle(ROWS, (Object[]) new Double[] {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0,
            9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0,
            27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0,
            45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0}))
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "price", true);
    assertThat(Findings.one(report, QualityCodes.MANY_CLASSES, "price").message()).contains("51 different values",
        "regression");
    assertThat(QualityChecker.checkTarget(Samples.read("iris.csv"), "target", true)
        .withCode(QualityCodes.MANY_CLASSES)).isEmpty();
  }

  @Test
  void rowsWithoutATargetAreCounted() {
    Object[] labels = labels(ROWS, 40);
    labels[3] = null;
    labels[7] = null;
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("y", CATEGORICAL, labels)
        .build();
    QualityFinding missing = Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.MISSING_TARGET, "y");
    assertThat(missing.severity()).isEqualTo(Severity.WARNING);
    assertThat(missing.count()).isEqualTo(2);
    assertThat(missing.message()).contains("left out of training");

    Object[] numbers = noise(ROWS);
    numbers[0] = null;
    DataTable regression = Tables.with()
        .column("x", CATEGORICAL, Tables.cycle(ROWS, "a", "b"))
        .column("amount", DECIMAL, numbers)
        .build();
    assertThat(Findings.one(QualityChecker.checkTarget(regression, "amount", false), QualityCodes.MISSING_TARGET,
        "amount").count()).isEqualTo(1);
    assertThat(QualityChecker.checkTarget(table, "x", false).withCode(QualityCodes.MISSING_TARGET)).isEmpty();
  }

  @Test
  void equalFeaturesWithDifferentLabelsConflict() {
    DataTable table = Tables.with()
        .column("a", INTEGER, 1L, 1L, 1L, 2L, 2L, 3L, 3L, 4L)
        .column("b", CATEGORICAL, "x", "x", "x", "y", "y", "z", "z", "w")
        .column("label", CATEGORICAL, "yes", "no", "yes", "no", "yes", "no", "no", "yes")
        .build();
    QualityFinding conflict = Findings.one(QualityChecker.checkTarget(table, "label", true),
        QualityCodes.CONFLICTING_LABELS, "label");
    assertThat(conflict.severity()).isEqualTo(Severity.WARNING);
    // Rows 0-2 (1, x) and rows 3-4 (2, y) disagree; rows 5-6 agree.
    assertThat(conflict.count()).isEqualTo(5);
    assertThat(conflict.message()).startsWith("5 rows in 2 groups have the same values in every other column");
  }

  @Test
  void equalFeaturesWithEqualLabelsDoNotConflict() {
    DataTable table = Tables.with()
        .column("a", INTEGER, 1L, 1L, 2L, 2L, 3L)
        .column("label", CATEGORICAL, "yes", "yes", "no", "no", null)
        .build();
    assertThat(QualityChecker.checkTarget(table, "label", true).withCode(QualityCodes.CONFLICTING_LABELS)).isEmpty();
  }

  @Test
  void aCopyOfTheTargetLeaks() {
    Object[] labels = labels(ROWS, 30);
    Object[] status = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      status[i] = labels[i].equals("yes") ? "written off" : (i % 2 == 0 ? "active" : "repaid");
    }
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("status", CATEGORICAL, status)
        .column("y", CATEGORICAL, labels)
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "y", true);
    QualityFinding leak = Findings.one(report, QualityCodes.TARGET_LEAK, "status");
    assertThat(leak.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(leak.message()).isEqualTo("'status' predicts 'y' almost perfectly on its own (right for 100.0 % of"
        + " the rows, against 70.0 % by always guessing 'no'). It is probably only known after the outcome or"
        + " copied from it; exclude it from training.");
    assertThat(leak.count()).isEqualTo(ROWS);
    assertThat(Findings.of(report, QualityCodes.TARGET_LEAK, "x")).isEmpty();
  }

  @Test
  void aNumberThatSeparatesTheClassesAtOneCutLeaks() {
    Object[] labels = labels(ROWS, 30);
    Object[] daysLate = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      daysLate[i] = labels[i].equals("yes") ? 90.0 + i % 37 : (double) (i % 31);
    }
    daysLate[150] = 95.0; // one "no" on the wrong side: 99.5 % right
    DataTable table = Tables.with()
        .column("days_late", DECIMAL, daysLate)
        .column("y", CATEGORICAL, labels)
        .build();
    QualityFinding leak = Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.TARGET_LEAK,
        "days_late");
    assertThat(leak.message()).contains("right for 99.5 % of the rows");
    assertThat(leak.count()).isEqualTo(ROWS - 1);
  }

  @Test
  void aColumnFilledOnlyForOneClassLeaksThroughItsGaps() {
    Object[] labels = labels(ROWS, 20);
    Object[] closed = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      closed[i] = labels[i].equals("yes") ? 1000.0 + i * 17 : null;
    }
    DataTable table = Tables.with()
        .column("closed", DECIMAL, closed)
        .column("y", CATEGORICAL, labels)
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "y", true);
    QualityFinding leak = Findings.one(report, QualityCodes.MISSING_LEAK, "closed");
    assertThat(leak.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(leak.message()).startsWith("'closed' is filled in almost only when 'y' is 'yes' and empty otherwise;"
        + " that alone gets 'y' right for 100.0 % of the rows.");
    assertThat(leak.count()).isEqualTo(40);
    // One finding per column: the gaps explain it, so no second one for the values.
    assertThat(report.forColumn("closed")).hasSize(1);
  }

  @Test
  void honestOrIdentifyingFeaturesDoNotLeak() {
    Object[] labels = labels(ROWS, 30);
    Object[] score = new Object[ROWS];
    Object[] segment = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      boolean yes = labels[i].equals("yes");
      // Right 4 times in 5: a good feature, not a leak.
      boolean agrees = i % 5 != 0;
      score[i] = (yes == agrees ? 70.0 : 30.0) + i % 11;
      segment[i] = (yes == agrees) ? "risky" : "safe";
    }
    DataTable table = Tables.with()
        .column("id", INTEGER, Tables.sequence(1, ROWS))
        .column("code", CATEGORICAL, Tables.cycle(ROWS, (Object[]) codes(ROWS)))
        .column("score", DECIMAL, score)
        .column("segment", CATEGORICAL, segment)
        .column("y", CATEGORICAL, labels)
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "y", true);
    assertThat(report.withCode(QualityCodes.TARGET_LEAK)).isEmpty();
    assertThat(report.withCode(QualityCodes.MISSING_LEAK)).isEmpty();
  }

  /** Different text in every row. */
  private static String[] codes(int rows) {
    String[] codes = new String[rows];
    for (int i = 0; i < rows; i++) {
      codes[i] = "C" + (i * 31 % 997);
    }
    return codes;
  }

  @Test
  void aFeatureOnlySlightlyBetterThanGuessingOnAnUnbalancedTargetDoesNotLeak() {
    // 6 "yes" in 200 rows (3 %): always guessing "no" makes 6 mistakes.
    Object[] labels = labels(ROWS, 3);
    Object[] flag = new Object[ROWS];
    for (int i = 0; i < ROWS; i++) {
      flag[i] = labels[i].equals("yes") && i != 2 && i != 102 ? Boolean.TRUE : Boolean.FALSE;
    }
    flag[50] = Boolean.TRUE;
    DataTable table = Tables.with()
        .column("flag", BOOLEAN, flag)
        .column("y", CATEGORICAL, labels)
        .build();
    // Flag right for 197 of 200 (98.5 %); guessing "no" is right for 194: 3 mistakes against 6 -> exactly
    // half, still a leak. One more wrong "yes" makes it 4 against 6: not a leak.
    assertThat(QualityChecker.checkTarget(table, "y", true).withCode(QualityCodes.TARGET_LEAK)).hasSize(1);
    flag[60] = Boolean.TRUE;
    DataTable weaker = Tables.with()
        .column("flag", BOOLEAN, flag)
        .column("y", CATEGORICAL, labels)
        .build();
    assertThat(QualityChecker.checkTarget(weaker, "y", true).withCode(QualityCodes.TARGET_LEAK)).isEmpty();
  }

  @Test
  void largeTablesAreJudgedOnASampleAndSaySo() {
    int rows = RowSample.LIMIT + 50_000;
    Object[] labels = labels(rows, 30);
    Object[] status = new Object[rows];
    for (int i = 0; i < rows; i++) {
      status[i] = labels[i].equals("yes") ? "written off" : "active";
    }
    DataTable table = Tables.with()
        .column("status", CATEGORICAL, status)
        .column("y", CATEGORICAL, labels)
        .build();
    QualityFinding leak = Findings.one(QualityChecker.checkTarget(table, "y", true), QualityCodes.TARGET_LEAK,
        "status");
    assertThat(leak.message()).contains("right for 100.0 % of the rows (estimated from a sample of 250,000 rows)");
    assertThat(leak.count()).isEqualTo(RowSample.LIMIT);
  }

  @Test
  void aNumberMovingWithANumberTargetLeaks() {
    Object[] target = new Object[ROWS];
    Object[] doubled = new Object[ROWS];
    Object[] unrelated = noise(ROWS);
    for (int i = 0; i < ROWS; i++) {
      double y = 100.0 + i * 3 + (i % 7);
      target[i] = y;
      doubled[i] = 2 * y + 1;
    }
    DataTable table = Tables.with()
        .column("doubled", DECIMAL, doubled)
        .column("unrelated", DECIMAL, unrelated)
        .column("region", CATEGORICAL, Tables.cycle(ROWS, "a", "b"))
        .column("amount", DECIMAL, target)
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "amount", false);
    QualityFinding leak = Findings.one(report, QualityCodes.TARGET_LEAK, "doubled");
    assertThat(leak.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(leak.message()).contains("moves almost exactly with 'amount' (correlation 1.00)");
    assertThat(Findings.of(report, QualityCodes.TARGET_LEAK, "unrelated")).isEmpty();
    assertThat(report.withCode(QualityCodes.CLASS_BALANCE)).isEmpty();
  }

  @Test
  void aTextTargetCannotBePredictedAsANumber() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, noise(ROWS))
        .column("y", CATEGORICAL, labels(ROWS, 40))
        .build();
    QualityReport report = QualityChecker.checkTarget(table, "y", false);
    assertThat(report.findings()).extracting(QualityFinding::code).containsExactly(QualityCodes.TARGET_NOT_NUMERIC);
    assertThat(report.findings().get(0).message()).contains("holds categorical values, not numbers");
  }

  @Test
  void anUnknownTargetIsRefused() {
    DataTable table = Tables.with().column("x", DECIMAL, noise(10)).build();
    assertThatThrownBy(() -> QualityChecker.checkTarget(table, "nope", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
  }

  @Test
  void sampleDatasetsHaveNothingSeriousForTheirTargets() {
    for (List<String> sample : List.of(List.of("iris.csv", "target"), List.of("penguins.csv", "species"),
        List.of("breast_cancer.csv", "target"), List.of("wine.csv", "target"))) {
      QualityReport report = QualityChecker.checkTarget(Samples.read(sample.get(0)), sample.get(1), true);
      assertThat(report.serious()).as(sample.get(0)).isEmpty();
      assertThat(report.atLeast(Severity.WARNING)).as(sample.get(0)).isEmpty();
    }
    assertThat(QualityChecker.checkTarget(Samples.read("diabetes.csv"), "target", false).findings()).isEmpty();
  }
}
