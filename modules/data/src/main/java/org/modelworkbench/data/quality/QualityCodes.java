package org.modelworkbench.data.quality;

/**
 * The codes of the findings {@link QualityChecker} reports. They are stable, so screens, the
 * command line and scripts may match on them.
 */
public final class QualityCodes {
  /** The table has no rows (serious). */
  public static final String NO_ROWS = "no_rows";
  /** A column has empty cells (info up to 20 %, warning above, serious above 60 %). */
  public static final String MISSING_VALUES = "missing_values";
  /** A column holds one value in every filled row (warning). */
  public static final String CONSTANT_COLUMN = "constant_column";
  /** A column looks like an identifier: unique or nearly unique per row (warning). */
  public static final String ID_LIKE = "id_like";
  /** A text column holds mostly numbers or dates and a few other values (warning). */
  public static final String MIXED_TYPES = "mixed_types";
  /** A number or date column has values far from the rest (info). */
  public static final String OUTLIERS = "outliers";
  /** Rows that are exact copies of another row (warning). */
  public static final String DUPLICATE_ROWS = "duplicate_rows";
  /** The target's classes and their shares (info, warning when unbalanced, serious when unusable). */
  public static final String CLASS_BALANCE = "class_balance";
  /** A classification target with very many different values (warning). */
  public static final String MANY_CLASSES = "many_classes";
  /** A regression target that is not a number column (serious). */
  public static final String TARGET_NOT_NUMERIC = "target_not_numeric";
  /** Rows whose target is empty; they are left out of training (warning). */
  public static final String MISSING_TARGET = "missing_target";
  /** Rows equal in every feature but with different labels (warning). */
  public static final String CONFLICTING_LABELS = "conflicting_labels";
  /** A feature whose values alone predict the target almost perfectly (serious). */
  public static final String TARGET_LEAK = "target_leak";
  /** A feature whose being empty or filled alone predicts the target almost perfectly (serious). */
  public static final String MISSING_LEAK = "missing_leak";
  /** Test rows whose feature values also appear in the training or validation rows (warning). */
  public static final String SPLIT_OVERLAP = "split_overlap";

  /** Texts of a free-text column that hold no word at all (warning). */
  public static final String EMPTY_TEXTS = "empty_texts";
  /** The same text, word for word, with different labels (warning). */
  public static final String TEXT_CONFLICTING_LABELS = "text_conflicting_labels";
  /** Test rows whose text is also a training or validation row's text (warning). */
  public static final String TEXT_SPLIT_OVERLAP = "text_split_overlap";

  private QualityCodes() {}
}
