package org.modelworkbench.ml.text.head;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small labelled text sets made here: sentences about the weather against sentences about
 * cooking, built from a few phrases each, so a frozen encoder separates them easily.
 */
final class ToyTexts {
  private static final String[] WEATHER = {"heavy rain is expected tomorrow", "the sky is grey and windy",
      "a storm is coming from the west", "sunny with a light breeze", "snow fell overnight in the hills",
      "temperatures will drop below freezing", "thunder and lightning all evening", "fog covered the valley"};
  private static final String[] COOKING = {"stir the onions until golden", "bake the bread for forty minutes",
      "add a pinch of salt to the soup", "the pasta needs more garlic", "whisk the eggs with sugar",
      "roast the chicken with lemon", "simmer the sauce slowly", "chop the carrots finely"};
  private static final String[] ENDINGS = {"", " today.", " I think.", " as usual.", " again."};

  /**
   * Labelled texts.
   *
   * @param n how many
   * @param seed which ones
   */
  static Labelled make(int n, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean weather = i % 2 == 0;
      String[] phrases = weather ? WEATHER : COOKING;
      String text = phrases[random.nextInt(phrases.length)];
      if (random.nextBoolean()) {
        text += ", and " + phrases[random.nextInt(phrases.length)];
      }
      texts.add(Character.toUpperCase(text.charAt(0)) + text.substring(1)
          + ENDINGS[random.nextInt(ENDINGS.length)] + (random.nextInt(4) == 0 ? " #" + i : ""));
      labels.add(weather ? "weather" : "cooking");
    }
    return new Labelled(texts, labels);
  }

  record Labelled(List<String> texts, List<String> labels) {}

  static double accuracy(double[][] p, List<String> labels, List<String> truth) {
    int right = 0;
    for (int i = 0; i < p.length; i++) {
      int best = 0;
      for (int c = 1; c < p[i].length; c++) {
        best = p[i][c] > p[i][best] ? c : best;
      }
      right += labels.get(best).equals(truth.get(i)) ? 1 : 0;
    }
    return (double) right / p.length;
  }

  private ToyTexts() {}
}
