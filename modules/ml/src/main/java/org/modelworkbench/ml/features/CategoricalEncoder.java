package org.modelworkbench.ml.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One 0/1 input per training category. Only the most frequent categories get their own input;
 * the rarer ones share an "other" input. A missing cell is all zeros, and a category never seen
 * in training goes to "other" (or all zeros when training had no rare categories).
 *
 * @param column source column
 * @param categories the categories with their own input, sorted so lookups can binary search
 * @param otherSlot whether a last "other" input follows the categories
 */
record CategoricalEncoder(String column, List<String> categories, boolean otherSlot)
    implements ColumnEncoder {

  /** Sorts and copies the categories. */
  CategoricalEncoder {
    List<String> sorted = new ArrayList<>(categories);
    Collections.sort(sorted);
    categories = List.copyOf(sorted);
  }

  /**
   * Fits the encoder on the training cells.
   *
   * @param column the column name
   * @param values the training cells
   * @param maxCategories how many of the most frequent categories get their own input
   * @return the fitted encoder
   */
  static CategoricalEncoder fit(String column, Object[] values, int maxCategories) {
    Map<String, Long> counts = new HashMap<>();
    for (Object v : values) {
      String category = ValueReader.category(v);
      if (category != null) {
        counts.merge(category, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
    // Most frequent first; equal counts by name so the choice does not depend on hash order.
    ranked.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < Math.min(maxCategories, ranked.size()); i++) {
      kept.add(ranked.get(i).getKey());
    }
    return new CategoricalEncoder(column, kept, ranked.size() > maxCategories);
  }

  @Override
  public int width() {
    return categories.size() + (otherSlot ? 1 : 0);
  }

  @Override
  public List<String> outputNames() {
    List<String> names = new ArrayList<>(width());
    categories.forEach(c -> names.add(column + "=" + c));
    if (otherSlot) {
      names.add(column + " (other)");
    }
    return names;
  }

  @Override
  public void encode(Object value, float[] out, int offset) {
    String category = ValueReader.category(value);
    if (category == null) {
      return;
    }
    int index = Collections.binarySearch(categories, category);
    if (index < 0) {
      String alternative = ValueReader.alternativeCategory(value);
      index = alternative == null ? -1 : Collections.binarySearch(categories, alternative);
    }
    if (index >= 0) {
      out[offset + index] = 1f;
    } else if (otherSlot) {
      out[offset + categories.size()] = 1f;
    }
  }
}
