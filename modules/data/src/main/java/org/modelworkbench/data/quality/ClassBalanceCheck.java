package org.modelworkbench.data.quality;

import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * The classes of a classification target and their shares. Always reported: info when the
 * classes are reasonably balanced; a warning when a class is rare for the number of classes (below
 * {@value #EVEN_SHARE_FRACTION} of an even share, so 10 even classes of about 10 % each are fine
 * but 9 % against 91 % is not) or has fewer rows than the split needs to put one in each of the
 * training, validation and test parts ({@value #SPLIT_ROWS}); serious when there is only one class
 * or a class has fewer than {@value #MIN_CLASS_ROWS} rows. A separate warning flags targets with
 * more than {@value #MANY_CLASSES} classes, which are usually numbers meant for regression.
 */
final class ClassBalanceCheck {
  /**
   * Part of an even share (1/k of the rows for k classes) below which a class counts as rare: a
   * fixed share would flag every class of a ten-class target, as each is near 10 %.
   */
  static final double EVEN_SHARE_FRACTION = 0.5;
  /**
   * Fewest rows a class needs for the default split (15 % validation, 20 % test) to expect at
   * least one of its rows in each part: 1 / 0.15, rounded up.
   */
  static final int SPLIT_ROWS = 7;
  /** Fewest rows a class needs to be learnable at all. */
  static final int MIN_CLASS_ROWS = 5;
  /** Number of classes above which the target is probably not meant as classes. */
  static final int MANY_CLASSES = 50;
  /** Most classes listed by name in a message. */
  private static final int LISTED = 10;

  private ClassBalanceCheck() {}

  /** The class-balance finding, or none when the target has no values at all. */
  static Optional<QualityFinding> balance(String target, Labels labels) {
    int classes = labels.classCount();
    int total = labels.labelled();
    if (classes == 0) {
      return Optional.of(new QualityFinding(Severity.SERIOUS, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " is empty in every row, so there is nothing to learn. Pick another target.",
          0));
    }
    List<Integer> order = labels.byFrequency();
    if (classes == 1) {
      return Optional.of(new QualityFinding(Severity.SERIOUS, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " has only one value (" + Wording.value(labels.label(0)) + "), so a model"
              + " has nothing to tell apart. Pick another target or add rows of the other classes.", total));
    }
    int smallest = order.get(order.size() - 1);
    int smallestCount = labels.count(smallest);
    String shares = " Classes: " + shares(labels, order) + ".";
    if (smallestCount < MIN_CLASS_ROWS) {
      long rareRows = order.stream().mapToInt(labels::count).filter(n -> n < MIN_CLASS_ROWS).sum();
      return Optional.of(new QualityFinding(Severity.SERIOUS, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " has classes with fewer than " + MIN_CLASS_ROWS + " rows (for example "
              + Wording.value(labels.label(smallest)) + " with " + Wording.rows(smallestCount) + "), too few"
              + " to learn or to test; add rows, merge such classes with similar ones, or remove those rows."
              + shares, rareRows));
    }
    double share = (double) smallestCount / total;
    double evenShare = 1.0 / classes;
    if (share < EVEN_SHARE_FRACTION * evenShare) {
      return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " is unbalanced: " + Wording.value(labels.label(smallest)) + " is only "
              + Wording.percent(share) + " of the rows (an even share would be " + Wording.percent(evenShare)
              + "), so a model may rarely predict it; judge it by per-class recall rather than accuracy."
              + shares, smallestCount));
    }
    if (smallestCount < SPLIT_ROWS) {
      return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " has a class with only " + Wording.rows(smallestCount) + " ("
              + Wording.value(labels.label(smallest)) + "), too few to put at least one in each of the training,"
              + " validation and test parts, so its test scores will say little; add rows of it if you can."
              + shares, smallestCount));
    }
    return Optional.of(new QualityFinding(Severity.INFO, QualityCodes.CLASS_BALANCE, target,
        Wording.name(target) + " has " + classes + " classes, reasonably balanced." + shares, total));
  }

  /** A warning when the target has so many classes that it is probably a number. */
  static Optional<QualityFinding> manyClasses(String target, Labels labels) {
    if (labels.classCount() <= MANY_CLASSES) {
      return Optional.empty();
    }
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.MANY_CLASSES, target,
        Wording.name(target) + " has " + Wording.count(labels.classCount()) + " different values, and"
            + " classification treats each as a class of its own. If it is an amount or a score, predict it"
            + " as a number (regression) instead.", labels.classCount()));
  }

  private static String shares(Labels labels, List<Integer> order) {
    StringBuilder text = new StringBuilder();
    int listed = Math.min(LISTED, order.size());
    for (int i = 0; i < listed; i++) {
      int code = order.get(i);
      if (i > 0) {
        text.append(", ");
      }
      text.append(Wording.value(labels.label(code))).append(' ')
          .append(Wording.percent(labels.count(code), labels.labelled()));
    }
    if (order.size() > listed) {
      text.append(" and ").append(order.size() - listed).append(" more");
    }
    return text.toString();
  }
}
