package org.modelworkbench.data.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;

/**
 * Guesses a file's delimiter among comma, semicolon, tab and pipe.
 *
 * <p>Each candidate splits the sample (respecting quotes); the best one gives at least two fields
 * and the most rows with the usual field count. Ties go to the candidate whose fields look most
 * like numbers, dates and yes/no values, which tells {@code 1,5;2,5} (semicolons, decimal commas)
 * from a comma file, then to more fields, then to the order above.
 */
final class DelimiterSniffer {
  /** The delimiters tried, in order of preference. */
  static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private DelimiterSniffer() {}

  /** The most likely delimiter of the sample; a comma when none splits it. */
  static char sniff(FileSample sample) {
    Score best = null;
    for (char candidate : CANDIDATES) {
      Score score = Score.of(candidate, sample.rows(candidate));
      if (score.fieldCount() >= 2 && (best == null || score.isBetterThan(best))) {
        best = score;
      }
    }
    return best == null ? ',' : best.delimiter();
  }

  /** The most common field count of well-formed rows (the larger on a tie); 0 when there are none. */
  static int modalFieldCount(List<CsvRow> rows) {
    Map<Integer, Integer> rowsByCount = new HashMap<>();
    for (CsvRow row : rows) {
      if (!row.isBroken()) {
        rowsByCount.merge(row.fields().length, 1, Integer::sum);
      }
    }
    int best = 0;
    int bestRows = 0;
    for (Map.Entry<Integer, Integer> e : rowsByCount.entrySet()) {
      if (e.getValue() > bestRows || e.getValue() == bestRows && e.getKey() > best) {
        best = e.getKey();
        bestRows = e.getValue();
      }
    }
    return best;
  }

  /** How well one candidate splits the sample. */
  private record Score(char delimiter, int fieldCount, double consistency, double typedShare) {

    static Score of(char delimiter, List<CsvRow> rows) {
      int fieldCount = modalFieldCount(rows);
      int consistent = 0;
      long fields = 0;
      long typed = 0;
      for (CsvRow row : rows) {
        if (row.isBroken() || row.fields().length != fieldCount) {
          continue;
        }
        consistent++;
        for (String field : row.fields()) {
          fields++;
          if (looksTyped(MissingValues.trimToNull(field), delimiter)) {
            typed++;
          }
        }
      }
      double consistency = rows.isEmpty() ? 0 : (double) consistent / rows.size();
      double typedShare = fields == 0 ? 0 : (double) typed / fields;
      return new Score(delimiter, fieldCount, consistency, typedShare);
    }

    boolean isBetterThan(Score other) {
      if (consistency != other.consistency) {
        return consistency > other.consistency;
      }
      if (typedShare != other.typedShare) {
        return typedShare > other.typedShare;
      }
      return fieldCount > other.fieldCount;
    }

    private static boolean looksTyped(String value, char delimiter) {
      if (value == null) {
        return false;
      }
      for (ValueFormat format : ValueFormat.values()) {
        boolean possible = format != ValueFormat.TEXT
            && (format != ValueFormat.DECIMAL_COMMA || delimiter != ',');
        if (possible && format.accepts(value)) {
          return true;
        }
      }
      return false;
    }
  }
}
