package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.TextProfile;

/**
 * How many texts have each length (in words, characters or tokens): exact, since texts of a
 * column take few different lengths, so the median and histogram need no second pass.
 */
final class LengthCounts {
  private final Map<Long, long[]> counts = new java.util.HashMap<>();
  private long total;
  private double sum;
  private double sumOfSquares;

  /** Counts {@code count} texts of a length. */
  void add(long length, long count) {
    counts.computeIfAbsent(length, l -> new long[1])[0] += count;
    total += count;
    sum += (double) length * count;
    sumOfSquares += (double) length * length * count;
  }

  /** How many texts were counted. */
  long total() {
    return total;
  }

  /** The sample (n - 1) standard deviation of the lengths, or null with fewer than two texts. */
  Double sampleStddev() {
    if (total < 2) {
      return null;
    }
    double mean = sum / total;
    return Math.sqrt(Math.max(0, (sumOfSquares - total * mean * mean) / (total - 1)));
  }

  /** Minimum, median, mean and maximum; zeros when nothing was counted. */
  TextProfile.Lengths lengths() {
    if (total == 0) {
      return new TextProfile.Lengths(0, 0, 0, 0);
    }
    TreeMap<Long, long[]> sorted = new TreeMap<>(counts);
    long middle = (total - 1) / 2;
    long seen = 0;
    long median = sorted.firstKey();
    for (Map.Entry<Long, long[]> e : sorted.entrySet()) {
      seen += e.getValue()[0];
      if (seen > middle) {
        median = e.getKey();
        break;
      }
    }
    return new TextProfile.Lengths(sorted.firstKey(), median, sum / total, sorted.lastKey());
  }

  /** An equal-width histogram with whole-number bounds, as {@link Histograms} bins whole numbers. */
  List<HistogramBin> histogram() {
    if (total == 0) {
      return List.of();
    }
    TreeMap<Long, long[]> sorted = new TreeMap<>(counts);
    long min = sorted.firstKey();
    long max = sorted.lastKey();
    long slots = max - min + 1;
    long width = (slots + Histograms.MAX_BINS - 1) / Histograms.MAX_BINS;
    int bins = (int) ((slots + width - 1) / width);
    long[] binCounts = new long[bins];
    sorted.forEach((length, count) -> binCounts[(int) ((length - min) / width)] += count[0]);
    List<HistogramBin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(new HistogramBin(min + b * width, min + (b + 1) * width, binCounts[b]));
    }
    return out;
  }
}
