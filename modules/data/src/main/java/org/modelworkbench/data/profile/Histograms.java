package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.HistogramBin;

/**
 * Equal-width histograms of numbers, at most {@value #MAX_BINS} bins.
 *
 * <p>Whole numbers get bins whose bounds are whole numbers, so a column holding 0 to 5 gets one
 * bin per value instead of bins such as [0.25, 0.5) that can never hold anything.
 */
final class Histograms {
  /** The most bins a histogram has. */
  static final int MAX_BINS = 20;

  private Histograms() {}

  /**
   * Bins the numbers; NaN values are ignored.
   *
   * @param values the numbers
   * @param min their minimum
   * @param max their maximum
   * @param wholeNumbers whether all values are whole numbers
   * @return the bins from low to high, each {@code [lower, upper)} except the last, which
   *     includes its upper bound; empty when there are no numbers
   */
  static List<HistogramBin> of(double[] values, double min, double max, boolean wholeNumbers) {
    Binning binning = new Binning(min, max, wholeNumbers);
    for (double v : values) {
      if (!Double.isNaN(v)) {
        binning.add(v);
      }
    }
    return binning.bins();
  }

  /**
   * Bins the numbers of a column read once more.
   *
   * @param scan the column
   * @param min its minimum
   * @param max its maximum
   * @param wholeNumbers whether all values are whole numbers
   * @return the bins, as {@link #of(double[], double, double, boolean)} gives them
   */
  static List<HistogramBin> of(NumberScan scan, double min, double max, boolean wholeNumbers) {
    Binning binning = new Binning(min, max, wholeNumbers);
    scan.forEach((number, identity) -> binning.add(number));
    return binning.bins();
  }

  /** The bins of one histogram and their counts. */
  private static final class Binning {
    private final double min;
    private final int bins;
    private final double width;
    private final double upper;
    private final long[] counts;

    Binning(double min, double max, boolean wholeNumbers) {
      this.min = min;
      if (min == max) {
        bins = 1;
        width = 0;
        upper = wholeNumbers ? max + 1 : max;
      } else if (wholeNumbers) {
        double distinctSlots = max - min + 1;
        width = Math.ceil(distinctSlots / MAX_BINS);
        bins = (int) Math.ceil(distinctSlots / width);
        upper = min + bins * width;
      } else {
        bins = MAX_BINS;
        width = (max - min) / bins;
        upper = max;
      }
      counts = new long[bins];
    }

    void add(double v) {
      int bin = width == 0 ? 0 : (int) Math.floor((v - min) / width);
      counts[Math.min(Math.max(bin, 0), bins - 1)]++;
    }

    List<HistogramBin> bins() {
      List<HistogramBin> histogram = new ArrayList<>(bins);
      for (int b = 0; b < bins; b++) {
        double lower = min + b * width;
        double binUpper = b == bins - 1 ? upper : min + (b + 1) * width;
        histogram.add(new HistogramBin(lower, binUpper, counts[b]));
      }
      return histogram;
    }
  }
}
