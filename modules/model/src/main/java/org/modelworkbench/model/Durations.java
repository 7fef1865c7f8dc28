package org.modelworkbench.model;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/**
 * How long something took, in the one wording the window and the reports share: {@code 850 ms},
 * {@code 1.6 s}, {@code 45 s}, {@code 2 min 5 s}, {@code 1 h 2 min}. Seconds below ten keep a
 * decimal, because a short run's 1.2 s and 1.9 s differ by half; longer times drop the parts a
 * reader does not need (seconds beyond an hour).
 */
public final class Durations {
  /** Shown when there is no duration (a run still training). */
  public static final String NONE = "–";

  private Durations() {}

  /** The duration in words, or {@link #NONE} for null or a negative duration (clocks that jumped). */
  public static String spoken(Duration duration) {
    if (duration == null || duration.isNegative()) {
      return NONE;
    }
    long millis = duration.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 10_000) {
      DecimalFormat oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
      // Down, like the whole seconds above: 9.96 s must not read "10.0 s".
      oneDecimal.setRoundingMode(RoundingMode.DOWN);
      return oneDecimal.format(millis / 1000.0) + " s";
    }
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    if (hours > 0) {
      return hours + " h " + minutes + " min";
    }
    if (minutes > 0) {
      return minutes + " min " + seconds + " s";
    }
    return seconds + " s";
  }
}
