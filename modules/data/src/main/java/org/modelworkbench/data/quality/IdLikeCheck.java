package org.modelworkbench.data.quality;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * A column that identifies rows rather than describing them: a warning, since a model would learn
 * the identifiers by heart instead of a pattern that carries over to new rows.
 *
 * <p>A column is ID-like when it has at least {@value #MIN_ROWS} filled rows and
 * <ul>
 *   <li>its name has a word such as id, uuid or key and at least {@value #NAMED_DISTINCT_SHARE} of
 *       its values are different; or
 *   <li>it holds whole numbers, nearly all different, that run through a range with few gaps (a
 *       row number or a sequence); or whole numbers all different over at least
 *       {@value #MIN_ROWS_FOR_UNIQUE_NUMBERS} rows; or
 *   <li>it holds text that is (nearly) different in every row.
 * </ul>
 * Decimals, dates and timestamps are naturally all different, so only their name can make them
 * ID-like; true/false columns never are.
 */
final class IdLikeCheck {
  /** Fewest filled rows for a column to be judged. */
  static final int MIN_ROWS = 20;
  /** Share of different values that counts as "nearly unique". */
  static final double UNIQUE_SHARE = 0.99;
  /** Share of different values enough for a column whose name says it is an identifier. */
  static final double NAMED_DISTINCT_SHARE = 0.9;
  /** Rows needed before all-different whole numbers that are not a sequence count as ID-like. */
  static final int MIN_ROWS_FOR_UNIQUE_NUMBERS = 1000;
  /** Name words that mark an identifier. */
  private static final Set<String> ID_WORDS = Set.of("id", "ids", "uuid", "guid", "key", "pk", "identifier");

  private IdLikeCheck() {}

  /** The finding for a scanned column, if it looks like an identifier. */
  static Optional<QualityFinding> check(ColumnScan scan) {
    ColumnType type = scan.type();
    int filled = scan.filled();
    if (type == ColumnType.BOOLEAN || filled < MIN_ROWS) {
      return Optional.empty();
    }
    double distinctShare = (double) scan.distinct() / filled;
    String reason = null;
    if (hasIdName(scan.name()) && distinctShare >= NAMED_DISTINCT_SHARE) {
      reason = "its name and its values look like an identifier";
    } else if (type == ColumnType.INTEGER && distinctShare >= UNIQUE_SHARE && isSequence(scan)) {
      reason = "its whole numbers run from " + scan.min() + " to " + scan.max() + " like a row number";
    } else if (type == ColumnType.INTEGER && scan.distinct() == filled
        && filled >= MIN_ROWS_FOR_UNIQUE_NUMBERS) {
      reason = "every row has a different number";
    } else if (type == ColumnType.CATEGORICAL && distinctShare >= UNIQUE_SHARE) {
      reason = scan.distinct() == filled ? "every row has a different value" : "nearly every row has a"
          + " different value";
    }
    if (reason == null) {
      return Optional.empty();
    }
    String message = Wording.name(scan.name()) + " looks like an ID: " + reason + ". A model would"
        + " memorise it instead of learning something that holds for new rows; exclude it from training.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.ID_LIKE, scan.name(), message,
        scan.distinct()));
  }

  /** Whether the values cover their range with few gaps: at least half the numbers in it occur. */
  private static boolean isSequence(ColumnScan scan) {
    double span = (double) scan.max() - scan.min() + 1.0;
    return span <= 2.0 * scan.distinct();
  }

  /** Whether a word of the name (split at punctuation, spaces and camel case) marks an identifier. */
  static boolean hasIdName(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    for (String word : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (ID_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
