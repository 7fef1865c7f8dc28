package org.modelworkbench.data.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.modelworkbench.model.DataSplit;

/**
 * Splits row indexes into train, validation and test parts, reproducibly from a seed.
 *
 * <p>Part sizes are the requested fractions of the rows, rounded. A stratified split shares every
 * class out over the three parts in proportion, rounding so the part totals still match; each class
 * keeps at least one training row, and a class of three or more rows also gets at least one test
 * row (these per-class guarantees win over the totals when the two conflict).
 */
public final class Splitter {
  private Splitter() {}

  /**
   * Splits rows.
   *
   * @param rowCount the number of rows, indexed 0 to rowCount - 1
   * @param stratifyLabels each row's class label for a stratified split (null labels form a class
   *     of their own), or null for a plain random split
   * @param validationFraction the share of rows for validation, 0 or more
   * @param testFraction the share of rows for testing, 0 or more
   * @param seed the seed; the same seed and input give the same split
   * @return disjoint parts covering every row, each sorted ascending
   * @throws IllegalArgumentException when the fractions are negative or leave no room for
   *     training, or the labels do not match the row count
   */
  public static DataSplit split(int rowCount, String[] stratifyLabels, double validationFraction,
      double testFraction, long seed) {
    checkArguments(rowCount, stratifyLabels, validationFraction, testFraction);
    SplittableRandom random = new SplittableRandom(seed);
    int testTotal = (int) Math.round(rowCount * testFraction);
    int validationTotal = Math.min((int) Math.round(rowCount * validationFraction), rowCount - testTotal);
    Parts parts = new Parts();
    if (stratifyLabels == null) {
      int[] rows = new int[rowCount];
      Arrays.setAll(rows, i -> i);
      shuffle(rows, random);
      parts.deal(rows, testTotal, validationTotal);
    } else {
      splitByClass(stratifyLabels, testFraction, validationFraction, testTotal, validationTotal, random, parts);
    }
    return new DataSplit(parts.train.sorted(), parts.validation.sorted(), parts.test.sorted(), seed,
        stratifyLabels != null);
  }

  private static void splitByClass(String[] labels, double testFraction, double validationFraction,
      int testTotal, int validationTotal, SplittableRandom random, Parts parts) {
    List<int[]> classes = rowsByLabel(labels);
    int k = classes.size();
    double[] idealTest = new double[k];
    double[] idealValidation = new double[k];
    int[] minTest = new int[k];
    int[] maxTest = new int[k];
    for (int c = 0; c < k; c++) {
      int size = classes.get(c).length;
      idealTest[c] = size * testFraction;
      idealValidation[c] = size * validationFraction;
      minTest[c] = size >= 3 ? 1 : 0;
      maxTest[c] = size - 1; // keep a training row
    }
    int[] test = Apportionment.apportion(idealTest, minTest, maxTest, testTotal);
    int[] maxValidation = new int[k];
    for (int c = 0; c < k; c++) {
      maxValidation[c] = Math.max(0, classes.get(c).length - test[c] - 1);
    }
    int[] validation = Apportionment.apportion(idealValidation, new int[k], maxValidation, validationTotal);
    for (int c = 0; c < k; c++) {
      int[] rows = classes.get(c);
      shuffle(rows, random);
      parts.deal(rows, test[c], validation[c]);
    }
  }

  /** Row indexes per label, classes in order of first appearance so the result is reproducible. */
  private static List<int[]> rowsByLabel(String[] labels) {
    Map<String, IntList> byLabel = new LinkedHashMap<>();
    for (int row = 0; row < labels.length; row++) {
      byLabel.computeIfAbsent(labels[row], label -> new IntList()).add(row);
    }
    List<int[]> classes = new ArrayList<>(byLabel.size());
    byLabel.values().forEach(rows -> classes.add(rows.toArray()));
    return classes;
  }

  /** Fisher-Yates shuffle driven by the seeded generator. */
  private static void shuffle(int[] rows, SplittableRandom random) {
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = rows[i];
      rows[i] = rows[j];
      rows[j] = swap;
    }
  }

  private static void checkArguments(int rowCount, String[] labels, double validationFraction,
      double testFraction) {
    if (rowCount < 0) {
      throw new IllegalArgumentException("Row count must not be negative: " + rowCount);
    }
    if (labels != null && labels.length != rowCount) {
      throw new IllegalArgumentException(
          "Expected " + rowCount + " labels but got " + labels.length);
    }
    if (!(validationFraction >= 0) || !(testFraction >= 0) || !(validationFraction + testFraction < 1)) {
      throw new IllegalArgumentException("Validation and test fractions must be 0 or more and add up "
          + "to less than 1, got " + validationFraction + " and " + testFraction);
    }
  }

  /** The three parts being filled. */
  private static final class Parts {
    final IntList train = new IntList();
    final IntList validation = new IntList();
    final IntList test = new IntList();

    /** Puts the first rows into test, the next into validation and the rest into train. */
    void deal(int[] rows, int testCount, int validationCount) {
      for (int i = 0; i < rows.length; i++) {
        if (i < testCount) {
          test.add(rows[i]);
        } else if (i < testCount + validationCount) {
          validation.add(rows[i]);
        } else {
          train.add(rows[i]);
        }
      }
    }
  }
}
