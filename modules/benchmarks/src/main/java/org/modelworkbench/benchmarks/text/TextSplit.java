package org.modelworkbench.benchmarks.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded stratified train/test split of a corpus: each class's texts are shuffled and the first
 * share of them go to training. Both sides of the benchmark read the same two parts.
 *
 * @param train the training part
 * @param test the test part
 */
public record TextSplit(LabelledTexts train, LabelledTexts test) {
  /**
   * Splits a corpus.
   *
   * @param all the corpus
   * @param testShare the share of each class held out for testing
   * @param seed the shuffle's seed
   * @return the two parts
   */
  public static TextSplit of(LabelledTexts all, double testShare, long seed) {
    Map<String, List<Integer>> byClass = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byClass.computeIfAbsent(all.labels().get(i), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (List<Integer> members : byClass.values()) {
      Collections.shuffle(members, random);
      int held = (int) Math.round(members.size() * testShare);
      test.addAll(members.subList(0, held));
      train.addAll(members.subList(held, members.size()));
    }
    // Shuffled again so the training order does not follow the classes.
    Collections.shuffle(train, random);
    Collections.shuffle(test, random);
    return new TextSplit(part(all, train), part(all, test));
  }

  private static LabelledTexts part(LabelledTexts all, List<Integer> rows) {
    List<String> texts = new ArrayList<>(rows.size());
    List<String> labels = new ArrayList<>(rows.size());
    double[][] extras = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      texts.add(all.texts().get(rows.get(i)));
      labels.add(all.labels().get(rows.get(i)));
      extras[i] = all.extras()[rows.get(i)];
    }
    return new LabelledTexts(all.name(), texts, labels, all.extraNames(), extras);
  }
}
