package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Features that on their own predict a class target almost perfectly (see {@link LeakRule}), which
 * usually means they are only known after the outcome, such as a closing date that is only filled
 * in for loans that defaulted. Serious, one finding per feature at most:
 * <ul>
 *   <li>{@link QualityCodes#MISSING_LEAK} when whether the cell is empty or filled predicts the
 *       target;
 *   <li>otherwise {@link QualityCodes#TARGET_LEAK} when its values do, judged by
 *       {@link ValuePurity} and, for numbers, dates and timestamps, by {@link ThresholdAccuracy}.
 * </ul>
 * Large tables are judged on a sample of {@value RowSample#LIMIT} labelled rows.
 */
final class ClassLeakCheck {
  private ClassLeakCheck() {}

  /**
   * Prepares the check of the features against a target, or returns null when there is nothing
   * to judge (fewer than two classes or too few labelled rows).
   */
  static ClassLeakCheck.Context prepare(String target, Labels labels) {
    int[] labelled = labels.labelledRows();
    int[] rows = RowSample.of(labelled, RowSample.LIMIT);
    if (labels.classCount() < 2 || rows.length < LeakRule.MIN_ROWS) {
      return null;
    }
    int[] classCounts = new int[labels.classCount()];
    for (int row : rows) {
      classCounts[labels.code(row)]++;
    }
    int majority = 0;
    for (int c = 0; c < classCounts.length; c++) {
      if (classCounts[c] > classCounts[majority]) {
        majority = c;
      }
    }
    return new Context(target, labels, rows, classCounts[majority], majority,
        Wording.sampleNote(rows.length, labelled.length));
  }

  /** What every feature's check needs. */
  record Context(String target, Labels labels, int[] rows, long majorityRows, int majorityClass,
      String sampleNote) {}

  /** The leak finding of one feature column, if it leaks the target. */
  static Optional<QualityFinding> check(Context ctx, PrimitiveColumn column) {
    String feature = column.schema().name();
    MissingPattern pattern = MissingPattern.of(column, ctx.labels(), ctx.rows());
    if (pattern.hasBothSides() && LeakRule.isLeak(pattern.correct(), ctx.rows().length, ctx.majorityRows())) {
      String message = Wording.name(feature) + " is filled in almost only when " + Wording.name(ctx.target())
          + " is " + Wording.value(ctx.labels().label(pattern.filledClass())) + " and empty otherwise; that"
          + " alone gets " + Wording.name(ctx.target()) + " right for " + accuracy(ctx, pattern.correct())
          + ". It is probably recorded only after the outcome is known; exclude it from training.";
      return Optional.of(new QualityFinding(Severity.SERIOUS, QualityCodes.MISSING_LEAK, feature, message,
          pattern.filled()));
    }
    long correct = ValuePurity.correct(column, ctx.labels(), ctx.rows());
    if (isOrdered(column.type())) {
      correct = Math.max(correct, ThresholdAccuracy.correct(column, ctx.labels(), ctx.rows()));
    }
    if (!LeakRule.isLeak(correct, ctx.rows().length, ctx.majorityRows())) {
      return Optional.empty();
    }
    String message = Wording.name(feature) + " predicts " + Wording.name(ctx.target()) + " almost perfectly on"
        + " its own (right for " + accuracy(ctx, correct) + ", against "
        + Wording.percent(ctx.majorityRows(), ctx.rows().length) + " by always guessing "
        + Wording.value(ctx.labels().label(ctx.majorityClass())) + "). It is probably only known after the"
        + " outcome or copied from it; exclude it from training.";
    return Optional.of(new QualityFinding(Severity.SERIOUS, QualityCodes.TARGET_LEAK, feature, message,
        correct));
  }

  private static String accuracy(Context ctx, long correct) {
    return Wording.percent(correct, ctx.rows().length) + " of the rows" + ctx.sampleNote();
  }

  private static boolean isOrdered(ColumnType type) {
    return type.isNumeric() || type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
  }
}
