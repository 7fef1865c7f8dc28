package org.modelworkbench.data.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.modelworkbench.model.ValueCount;

/**
 * Keeps the most frequent values seen so far, most frequent first and ties by text, without
 * sorting every value: a bounded heap holds the current best few.
 */
final class TopValues {
  // Worst first: lower count, then the later text.
  private static final Comparator<ValueCount> WORST_FIRST = Comparator.comparingLong(ValueCount::count)
      .thenComparing(ValueCount::value, Comparator.reverseOrder());

  private final int limit;
  private final PriorityQueue<ValueCount> best = new PriorityQueue<>(WORST_FIRST);

  /** Keeps at most {@code limit} values. */
  TopValues(int limit) {
    this.limit = limit;
  }

  /** Offers a value with its final count. */
  void offer(String value, long count) {
    ValueCount candidate = new ValueCount(value, count);
    if (best.size() < limit) {
      best.add(candidate);
    } else if (limit > 0 && WORST_FIRST.compare(candidate, best.peek()) > 0) {
      best.poll();
      best.add(candidate);
    }
  }

  /** The kept values, most frequent first, ties by text. */
  List<ValueCount> result() {
    List<ValueCount> out = new ArrayList<>(best);
    out.sort(WORST_FIRST.reversed());
    return out;
  }
}
