package org.modelworkbench.ml.text;

import java.util.ArrayList;
import java.util.List;

/** Short English texts for the encoder tests, of mixed lengths, with sentiment labels. */
final class TextSamples {
  private TextSamples() {}

  /** A handful of sentences, one of them longer than 128 tokens so truncation is exercised. */
  static List<String> sentences() {
    StringBuilder longText = new StringBuilder("The long review:");
    for (int i = 0; i < 40; i++) {
      longText.append(" the blender worked well for week ").append(i).append(',');
    }
    return List.of("Great product, arrived on time.",
        "The screen cracked after two days and support never answered.",
        "ok",
        "I would buy this again; my daughter loves it and uses it every single morning.",
        longText.toString(),
        "Zwei Sterne: the manual is only in German and the charger is missing.");
  }

  private static final String[] GOOD = {"Excellent quality and fast delivery.",
      "I love it, works perfectly.", "Great value for the price, highly recommended.",
      "Five stars, my family is delighted.", "Superb build and the battery lasts for days.",
      "Exactly as described and very comfortable.", "Fantastic, the best purchase this year.",
      "Wonderful service and a lovely product."};
  private static final String[] BAD = {"Terrible, it broke after one use.",
      "Awful quality and the seller ignored me.", "Do not buy this, complete waste of money.",
      "It arrived damaged and the refund took weeks.", "Very disappointing, stopped working fast.",
      "Cheap plastic that cracked immediately.", "The worst product I have ever ordered.",
      "Poor fit and the colour was wrong."};
  private static final String[] ENDINGS = {"", " Thanks.", " Really.", " Honestly."};

  /** 32 labelled reviews: label 1 positive, 0 negative, alternating. */
  static List<String> reviews() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      out.add(GOOD[i % GOOD.length] + ENDINGS[i / GOOD.length * 2 % ENDINGS.length]);
      out.add(BAD[i % BAD.length] + ENDINGS[(i / BAD.length * 2 + 1) % ENDINGS.length]);
    }
    return out;
  }

  /** The labels of {@link #reviews()}. */
  static int[] reviewLabels() {
    int[] labels = new int[32];
    for (int i = 0; i < 32; i++) {
      labels[i] = i % 2 == 0 ? 1 : 0;
    }
    return labels;
  }
}
