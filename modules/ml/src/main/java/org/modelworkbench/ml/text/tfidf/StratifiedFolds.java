package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded stratified fold assignment: each class's examples are shuffled and dealt to the folds in
 * turn, so every fold holds each class in about its overall share.
 */
final class StratifiedFolds {
  private StratifiedFolds() {}

  /**
   * The fold of every example.
   *
   * @param classes the class index of every example
   * @param classCount the number of classes
   * @param folds how many folds
   * @param seed the shuffle's seed
   * @return one fold number in {@code [0, folds)} per example
   */
  static int[] assign(int[] classes, int classCount, int folds, long seed) {
    List<List<Integer>> members = new ArrayList<>(classCount);
    for (int c = 0; c < classCount; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < classes.length; i++) {
      members.get(classes[i]).add(i);
    }
    Random random = new Random(seed);
    int[] fold = new int[classes.length];
    int next = 0;
    for (List<Integer> m : members) {
      Collections.shuffle(m, random);
      // Continue dealing where the previous class stopped, so the small classes' leftovers do not
      // all land in fold 0.
      for (int i : m) {
        fold[i] = next;
        next = (next + 1) % folds;
      }
    }
    return fold;
  }

  /** The smallest number of examples of any class. */
  static int smallestClass(int[] classes, int classCount) {
    int[] counts = new int[classCount];
    for (int c : classes) {
      counts[c]++;
    }
    int smallest = Integer.MAX_VALUE;
    for (int n : counts) {
      smallest = Math.min(smallest, n);
    }
    return smallest;
  }
}
