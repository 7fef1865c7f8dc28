package org.modelworkbench.benchmarks.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.benchmarks.text.TimedCommand;

/**
 * What {@code workbench train} printed on stderr, read back: the rows (or images) per second of
 * each epoch, from its lines "epoch 3/10  loss ...  227,512 rows/s", and when the phases of the
 * command began and ended (the JSON of the run holds no curve; the epoch lines do).
 *
 * @param rates rows per second of each epoch, in order
 * @param trainingStartsAt seconds from launch to the line "Run N: training on ...", or NaN
 * @param epochEndsAt seconds from launch to each epoch line
 * @param totalSeconds the command's wall time
 */
record EpochLog(List<Double> rates, double trainingStartsAt, List<Double> epochEndsAt, double totalSeconds) {
  private static final Pattern EPOCH = Pattern.compile("^epoch (\\d+)/(\\d+)\\s.*?([\\d,]+) rows/s\\s*$");

  /** Reads a finished train command. */
  static EpochLog of(TimedCommand command) {
    List<Double> rates = new ArrayList<>();
    List<Double> ends = new ArrayList<>();
    double starts = Double.NaN;
    for (TimedCommand.StampedLine line : command.stderrLines()) {
      Matcher m = EPOCH.matcher(line.text().strip());
      if (m.matches()) {
        rates.add(Double.parseDouble(m.group(3).replace(",", "")));
        ends.add(line.seconds());
      } else if (Double.isNaN(starts) && line.text().matches("^Run \\d+: training on .*")) {
        starts = line.seconds();
      }
    }
    return new EpochLog(rates, starts, ends, command.seconds());
  }

  /**
   * Rows per second of a line as the command prints it; exposed for the tests of the format.
   *
   * @param line one stderr line
   * @return the rate, or NaN when the line is no epoch line
   */
  static double rateOf(String line) {
    Matcher m = EPOCH.matcher(line.strip());
    return m.matches() ? Double.parseDouble(m.group(3).replace(",", "")) : Double.NaN;
  }

  /**
   * The steady rate: the median over the epochs after the first, which carries the warm-up (the
   * JIT, the engine's first kernels). With one epoch only, that epoch.
   *
   * @throws IllegalStateException when the command printed no epoch line
   */
  double steadyRate() {
    if (rates.isEmpty()) {
      throw new IllegalStateException("the training printed no epoch lines");
    }
    return Summary.of(rates.size() > 1 ? rates.subList(1, rates.size()) : rates).median();
  }

  /**
   * Where the command's time went, from the timestamps of its lines: before training began (JVM
   * start, project, data, engine), the first epoch, the other epochs, and after the last epoch
   * (test scoring, saving the model, exit).
   */
  String phases() {
    if (epochEndsAt.isEmpty()) {
      return String.format(Locale.ROOT, "%.2f s in all, no epoch lines", totalSeconds);
    }
    double first = epochEndsAt.get(0);
    double last = epochEndsAt.get(epochEndsAt.size() - 1);
    double before = Double.isNaN(trainingStartsAt) ? 0 : trainingStartsAt;
    return String.format(Locale.ROOT, "%.2f s in all: %.2f s to \"training on\", first epoch done at %.2f s,"
        + " %d more epochs %.2f s, %.2f s after the last epoch", totalSeconds, before, first,
        epochEndsAt.size() - 1, last - first, totalSeconds - last);
  }
}
