package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.ValueCount;

/**
 * Counts how often each value of a column occurs, ignoring missing values, and lists the counts
 * most frequent first; equal counts are ordered by value (numbers as numbers, text as text).
 */
final class ValueCounter {
  private ValueCounter() {}

  /** The count of every distinct non-null value, most frequent first. */
  static List<ValueCount> count(Object[] values) {
    Map<Object, Long> counts = new HashMap<>();
    for (Object v : values) {
      if (v != null) {
        counts.merge(v, 1L, Long::sum);
      }
    }
    return listed(counts);
  }

  /** The count of every distinct non-missing value of a column, most frequent first. */
  static List<ValueCount> count(PrimitiveColumn column) {
    Map<Object, Long> counts = new HashMap<>();
    if (column.type().holdsStrings()) {
      long[] perCode = new long[column.entries().length];
      for (int r = 0; r < column.rowCount(); r++) {
        if (!column.missing(r)) {
          perCode[column.code(r)]++;
        }
      }
      // An entry may repeat in the dictionary: equal texts add up.
      for (int code = 0; code < perCode.length; code++) {
        if (perCode[code] > 0) {
          counts.merge(column.entries()[code], perCode[code], Long::sum);
        }
      }
    } else {
      for (int r = 0; r < column.rowCount(); r++) {
        if (!column.missing(r)) {
          counts.merge(column.value(r), 1L, Long::sum);
        }
      }
    }
    return listed(counts);
  }

  private static List<ValueCount> listed(Map<Object, Long> counts) {
    List<Map.Entry<Object, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<Object, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry::getKey, ValueCounter::compareValues));
    List<ValueCount> result = new ArrayList<>(entries.size());
    for (Map.Entry<Object, Long> e : entries) {
      result.add(new ValueCount(e.getKey().toString(), e.getValue()));
    }
    return result;
  }

  // A column holds one Java type, so its values compare naturally; text is the fallback.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a instanceof Comparable && a.getClass() == b.getClass()) {
      return ((Comparable) a).compareTo(b);
    }
    return Comparator.<String>naturalOrder().compare(a.toString(), b.toString());
  }
}
