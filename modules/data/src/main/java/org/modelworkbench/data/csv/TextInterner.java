package org.modelworkbench.data.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String instance per distinct text value of a column, so a million rows of a few
 * categories hold a few strings. It stops learning new values past a limit, which keeps ID-like
 * columns from filling a useless map.
 */
final class TextInterner {
  private static final int MAX_DISTINCT = 50_000;

  private final Map<String, String> known = new HashMap<>();

  /** The shared instance equal to the value. */
  String intern(String value) {
    String shared = known.get(value);
    if (shared != null) {
      return shared;
    }
    if (known.size() < MAX_DISTINCT) {
      known.put(value, value);
    }
    return value;
  }
}
