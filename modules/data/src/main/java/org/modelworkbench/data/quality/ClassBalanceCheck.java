package org.modelworkbench.data.quality;

import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * The classes of a classification target and their shares. Always reported: info when the
 * classes are reasonably balanced, a warning when the smallest has less than
 * {@value #WARNING_SHARE} of the rows, serious when there is only one class or a class has fewer
 * than {@value #MIN_CLASS_ROWS} rows. A separate warning flags targets with more than
 * {@value #MANY_CLASSES} classes, which are usually numbers meant for regression.
 */
final class ClassBalanceCheck {
  /** Smallest share of a class below which the target counts as unbalanced. */
  static final double WARNING_SHARE = 0.10;
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
    if (share < WARNING_SHARE) {
      return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.CLASS_BALANCE, target,
          Wording.name(target) + " is unbalanced: " + Wording.value(labels.label(smallest)) + " is only "
              + Wording.percent(share) + " of the rows, so a model may rarely predict it; judge it by"
              + " per-class recall rather than accuracy." + shares, smallestCount));
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
