package org.modelworkbench.app.desktop.training;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.TrainingSettings;

/**
 * A number of the train dialog, held as the analyst types it and checked on every keystroke
 * against its range. Nothing is coerced: "0" epochs or "abc" stays as typed, and the problem names
 * the field and what it takes, so the dialog can say so and keep Train disabled.
 */
public final class NumberInput {
  private final String name;
  private final double min;
  private final double max;
  private final boolean whole;
  private final boolean minIncluded;
  private final String range;
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

  private NumberInput(String name, double min, boolean minIncluded, double max, boolean whole, String range) {
    this.name = name;
    this.min = min;
    this.minIncluded = minIncluded;
    this.max = max;
    this.whole = whole;
    this.range = range;
    text.addListener(observable -> problem.set(check(text.get())));
    problem.set(check(text.get()));
  }

  /**
   * A whole number from {@code min} to {@code max}.
   *
   * @param name the field's name as the dialog shows it, for example "Epochs"
   * @param note said after the range, for example "(0 uses the measured default)"; may be empty
   */
  public static NumberInput whole(String name, long min, long max, String note) {
    String range = "a whole number from " + Formats.count(min) + " to " + Formats.count(max)
        + (note.isEmpty() ? "" : " " + note);
    return new NumberInput(name, min, true, max, true, range);
  }

  /** Any whole number (a seed). */
  public static NumberInput anyWhole(String name, String example) {
    return new NumberInput(name, Long.MIN_VALUE, true, Long.MAX_VALUE, true, "a whole number, for example " + example);
  }

  /** A decimal number above 0 and at most {@code max} (a learning rate). */
  public static NumberInput positive(String name, double max, String example) {
    String most = max == Math.rint(max) ? Long.toString((long) max) : TrainingSettings.plain(max);
    return new NumberInput(name, 0, false, max, false, "a number above 0 and at most " + most
        + ", for example " + example);
  }

  /** The field's name, as the dialog shows it. */
  public String name() {
    return name;
  }

  /** The text as typed. */
  public StringProperty textProperty() {
    return text;
  }

  /** What is wrong with the text, naming the field and its range; null when it is a valid number. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Whether the text is a number in range. */
  public boolean isValid() {
    return problem.get() == null;
  }

  /** Shows a number (a default the form sets): whole numbers without decimals, others in plain decimals. */
  public void set(double value) {
    text.set(whole ? Long.toString((long) value) : TrainingSettings.plain(value));
  }

  /**
   * Steps the number by {@code delta} within its range (the arrows of a spinner); text that is not
   * a number is left as it is, for the analyst to put right.
   */
  public void step(double delta) {
    Double current = parse(text.get());
    if (current == null) {
      return;
    }
    set(Math.max(minIncluded ? min : current, Math.min(max, current + delta)));
  }

  /** Whether the text shows this number (so a default can be told from a typed value). */
  public boolean shows(double value) {
    Double parsed = parse(text.get());
    return parsed != null && parsed == value;
  }

  /**
   * The number.
   *
   * @throws IllegalStateException when the text is not valid (check {@link #isValid()} first)
   */
  public double value() {
    if (!isValid()) {
      throw new IllegalStateException(problem.get());
    }
    return parse(text.get());
  }

  /** The number as a whole number. */
  public int intValue() {
    return (int) value();
  }

  /** The number as a long. */
  public long longValue() {
    return whole ? Long.parseLong(text.get().strip()) : (long) value();
  }

  /** The number, or {@code fallback} while the text is not valid. */
  public double valueOr(double fallback) {
    return isValid() ? value() : fallback;
  }

  private String check(String typed) {
    Double value = parse(typed);
    boolean inRange = value != null && (minIncluded ? value >= min : value > min) && value <= max;
    return inRange ? null : name + " must be " + range + ".";
  }

  /** The number typed, or null; a decimal comma is read as a point ("0,003"), as many analysts type it. */
  private Double parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String plain = typed.strip();
    try {
      if (whole) {
        return plain.matches("[+-]?\\d{1,19}") ? (double) Long.parseLong(plain) : null;
      }
      if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
        plain = plain.replace(',', '.');
      }
      double value = Double.parseDouble(plain.toLowerCase(Locale.ROOT));
      return Double.isFinite(value) && !plain.endsWith("d") && !plain.endsWith("f") ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
