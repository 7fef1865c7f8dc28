package org.modelworkbench.data.profile;

import java.util.List;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.HistogramBin;

/**
 * Profiles a number, date or timestamp column whose values arrive one at a time, for example while
 * they are being written: count, minimum, maximum, mean, standard deviation and distinct count are
 * gathered on the way, so only the histogram needs one more scan of the column at the end.
 *
 * <p>The profile equals {@link ColumnProfiler#profileNumbers} over the same values in the same
 * order (that method uses this class). Distinct counts stop at {@value ColumnProfiler#DISTINCT_CAP}.
 */
public final class NumberProfileBuilder {
  private final ColumnSchema schema;
  private final NumericSummary summary = new NumericSummary();
  private final LongSet distinct = new LongSet(ColumnProfiler.DISTINCT_CAP);

  /**
   * Starts the profile of one column.
   *
   * @param schema the column's name and type: a number, date or timestamp
   * @throws IllegalArgumentException for a text or yes/no column
   */
  public NumberProfileBuilder(ColumnSchema schema) {
    ColumnType type = schema.type();
    if (!type.isNumeric() && type != ColumnType.DATE && type != ColumnType.TIMESTAMP) {
      throw new IllegalArgumentException("Column " + schema.name() + " is " + type.label() + ", not ordered");
    }
    this.schema = schema;
  }

  /**
   * Takes one non-missing value.
   *
   * @param number the value as a double (dates as epoch days, timestamps as epoch seconds)
   * @param identity equal for equal values and different for different ones
   */
  public void add(double number, long identity) {
    summary.add(number);
    distinct.add(identity);
  }

  /**
   * Ends the profile.
   *
   * @param missing how many of the column's rows are missing
   * @param histogramScan the same values again, read only for a number column's histogram
   * @return the column's profile
   */
  public ColumnProfile finish(long missing, NumberScan histogramScan) {
    ColumnType type = schema.type();
    List<HistogramBin> histogram = List.of();
    if (type.isNumeric() && summary.count() > 0) {
      histogram = Histograms.of(histogramScan, summary.min(), summary.max(), type == ColumnType.INTEGER);
    }
    return new ColumnProfile(schema.name(), type, missing, distinct.size(), summary.min(), summary.max(),
        summary.mean(), summary.sampleStddev(), List.of(), histogram);
  }
}
