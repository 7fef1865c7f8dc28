package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.model.ColumnType.CATEGORICAL;
import static org.modelworkbench.model.ColumnType.DATE;
import static org.modelworkbench.model.ColumnType.DECIMAL;
import static org.modelworkbench.model.ColumnType.INTEGER;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;
import org.modelworkbench.model.QualityReport;

/**
 * Journey 1: a credit-risk table with a customer number, a closing date filled in only for loans
 * that defaulted, and 9 % defaults. The check flags the customer number as an ID, the closing date
 * as leaking the target and the defaults as a small class.
 */
class JourneyOneTest {
  private static final int ROWS = 4_000;

  private static DataTable loans() {
    SplittableRandom random = new SplittableRandom(42);
    Object[] customer = new Object[ROWS];
    Object[] income = new Object[ROWS];
    Object[] amount = new Object[ROWS];
    Object[] region = new Object[ROWS];
    Object[] opened = new Object[ROWS];
    Object[] closing = new Object[ROWS];
    Object[] defaulted = new Object[ROWS];
    String[] regions = {"north", "south", "east", "west", "centre"};
    for (int i = 0; i < ROWS; i++) {
      boolean isDefault = i % 100 < 9;
      customer[i] = 100_000L + i;
      income[i] = Math.round(30_000 + 15_000 * random.nextGaussian() * 0.5 + (isDefault ? -4_000 : 0)) * 1.0;
      amount[i] = 1_000.0 * (5 + random.nextInt(40));
      region[i] = regions[random.nextInt(regions.length)];
      LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700));
      opened[i] = start;
      closing[i] = isDefault ? start.plusDays(200 + random.nextInt(300)) : null;
      defaulted[i] = isDefault ? "yes" : "no";
    }
    return Tables.with()
        .column("customer_id", INTEGER, customer)
        .column("income", DECIMAL, income)
        .column("amount", DECIMAL, amount)
        .column("region", CATEGORICAL, region)
        .column("opened", DATE, opened)
        .column("closing_date", DATE, closing)
        .column("defaulted", CATEGORICAL, defaulted)
        .build();
  }

  @Test
  void customerIdIsAnIdAndClosingDateLeaksAndDefaultsAreFew() {
    DataTable table = loans();
    QualityReport dataset = QualityChecker.check(table);
    QualityReport target = QualityChecker.checkTarget(table, "defaulted", true);

    QualityFinding id = Findings.one(dataset, QualityCodes.ID_LIKE, "customer_id");
    assertThat(id.severity()).isEqualTo(Severity.WARNING);
    assertThat(id.message()).isEqualTo("'customer_id' looks like an ID: its name and its values look like an"
        + " identifier. A model would memorise it instead of learning something that holds for new rows;"
        + " exclude it from training.");

    QualityFinding leak = Findings.one(target, QualityCodes.MISSING_LEAK, "closing_date");
    assertThat(leak.severity()).isEqualTo(Severity.SERIOUS);
    assertThat(leak.message()).contains("'closing_date' is filled in almost only when 'defaulted' is 'yes'",
        "100.0 % of the rows", "exclude it from training");
    assertThat(leak.count()).isEqualTo(360);

    QualityFinding balance = Findings.one(target, QualityCodes.CLASS_BALANCE, "defaulted");
    assertThat(balance.severity()).isEqualTo(Severity.WARNING);
    assertThat(balance.message()).contains("'yes' is only 9.0 % of the rows", "'no' 91.0 %, 'yes' 9.0 %");

    // Nothing else is serious, and the other columns are neither IDs nor leaks.
    assertThat(target.serious()).extracting(QualityFinding::column).containsExactly("closing_date");
    assertThat(dataset.withCode(QualityCodes.ID_LIKE)).hasSize(1);
    assertThat(dataset.serious()).as("mostly empty alone is a warning").isEmpty();
    QualityFinding empty = Findings.one(dataset, QualityCodes.MISSING_VALUES, "closing_date");
    assertThat(empty.severity()).isEqualTo(Severity.WARNING);
    assertThat(empty.message()).contains("3,640 rows (91.0 %)");
    assertThat(target.withCode(QualityCodes.CONFLICTING_LABELS)).isEmpty();
  }

  @Test
  void aReportStoredWithAMostlyEmptyColumnAsSeriousReadsAsAWarning() {
    QualityReport stored = new QualityReport(List.of(
        new QualityFinding(Severity.WARNING, QualityCodes.ID_LIKE, "customer_id", "an id", 0),
        new QualityFinding(Severity.SERIOUS, QualityCodes.MISSING_VALUES, "closing_date", "mostly empty", 3640)));
    assertThat(QualityChecker.regraded(stored).findings())
        .extracting(f -> f.severity() + " " + f.column())
        .containsExactly("WARNING customer_id", "WARNING closing_date");
    QualityReport current = QualityChecker.check(loans());
    assertThat(QualityChecker.regraded(current)).isSameAs(current);
  }

  @Test
  void aLeakingColumnGetsOneMessageThatSaysHowEmptyItIsAndThatItLeaks() {
    DataTable table = loans();
    QualityReport combined = QualityChecker.combine(QualityChecker.check(table),
        QualityChecker.checkTarget(table, "defaulted", true));

    assertThat(combined.forColumn("closing_date")).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(QualityCodes.MISSING_LEAK);
      assertThat(f.severity()).isEqualTo(Severity.SERIOUS);
      assertThat(f.count()).isEqualTo(360);
      assertThat(f.message()).startsWith("'closing_date' is empty in 3,640 rows (91.0 %) and filled in almost only"
          + " when 'defaulted' is 'yes' and empty otherwise;");
      assertThat(f.message()).contains("exclude it from training").doesNotContain("tells the model little");
    });
    assertThat(combined.serious()).extracting(QualityFinding::column).containsExactly("closing_date");
    assertThat(combined.findings().get(0).column()).as("most serious first").isEqualTo("closing_date");
    assertThat(combined.withCode(QualityCodes.ID_LIKE)).extracting(QualityFinding::column)
        .containsExactly("customer_id");
  }

  @Test
  void excludingTheFlaggedColumnsLeavesNothingSerious() {
    DataTable kept = loans().selectColumns(List.of("income", "amount", "region", "opened", "defaulted"));
    QualityReport report = QualityChecker.check(kept).plus(QualityChecker.checkTarget(kept, "defaulted", true));
    assertThat(report.hasSerious()).isFalse();
    assertThat(report.withCode(QualityCodes.ID_LIKE)).isEmpty();
  }
}
