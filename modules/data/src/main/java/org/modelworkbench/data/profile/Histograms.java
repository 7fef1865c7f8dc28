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
    int bins;
    double width;
    double upper;
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
    long[] counts = new long[bins];
    for (double v : values) {
      if (!Double.isNaN(v)) {
        int bin = width == 0 ? 0 : (int) Math.floor((v - min) / width);
        counts[Math.min(Math.max(bin, 0), bins - 1)]++;
      }
    }
    List<HistogramBin> histogram = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      double lower = min + b * width;
      double binUpper = b == bins - 1 ? upper : min + (b + 1) * width;
      histogram.add(new HistogramBin(lower, binUpper, counts[b]));
    }
    return histogram;
  }
}
