package org.modelworkbench.services.training;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;

/**
 * A first guess at a dataset's target, with no run to go by: a column with few values named like a
 * label ({@code species}, {@code class}, {@code churn}, {@code defaulted}…), else the last column.
 * The last column alone is a poor guess (penguins keep the {@code year} there), and a column with
 * few values alone too (an island, a sex).
 */
public final class TargetSuggestion {
  /** Most values a column may have to count as classes. */
  static final int MAX_CLASSES = 50;
  /** Words that name a label column, matched against each word of a column's name. */
  private static final Set<String> LABEL_WORDS = Set.of("class", "label", "target", "species", "status",
      "churn", "outcome", "category", "y", "result", "diagnosis", "fraud", "survived", "sentiment", "verdict");
  /** Beginnings of words that name a label column ("defaulted", "churned", "classes"). */
  private static final List<String> LABEL_STEMS = List.of("default", "churn", "class", "label", "categor");

  private TargetSuggestion() {}

  /** The suggested target and why, or a proposal with a null column when the dataset has none. */
  public static TargetProposal of(DatasetInfo dataset) {
    List<ColumnProfile> columns = dataset.columns();
    if (columns.isEmpty()) {
      return new TargetProposal(null, "", false);
    }
    // Text values before numbers: "species" over a numeric "class_code" when both are named so.
    Optional<ColumnProfile> named = columns.stream().filter(c -> isClassLike(c) && namedLikeLabel(c.name()))
        .min(java.util.Comparator.comparingInt(c -> c.type().isNumeric() ? 1 : 0));
    if (named.isPresent()) {
      long values = named.get().distinct();
      return new TargetProposal(named.get().name(), "Suggested: named like a label, " + values + " values.", false);
    }
    ColumnProfile last = columns.get(columns.size() - 1);
    return new TargetProposal(last.name(), "Suggested: the last column (no column with few values is named like"
        + " a label).", false);
  }

  /** Text, yes/no, or whole numbers, with 2 to {@value #MAX_CLASSES} values. */
  static boolean isClassLike(ColumnProfile column) {
    ColumnType type = column.type();
    return (type == ColumnType.CATEGORICAL || type == ColumnType.BOOLEAN || type == ColumnType.INTEGER)
        && column.distinct() >= 2 && column.distinct() <= MAX_CLASSES;
  }

  /** Whether a word of the name (split at spaces, underscores, dashes, dots and capitals) names a label. */
  static boolean namedLikeLabel(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    for (String word : spaced.split("[^a-z0-9]+")) {
      if (LABEL_WORDS.contains(word) || LABEL_STEMS.stream().anyMatch(word::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
