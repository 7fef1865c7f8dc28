package org.modelworkbench.ml.text.finetune;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A clearly separable two-class set made from templates: sentences about the weather (class 0)
 * and about cooking (class 1), alternating, of a few lengths.
 */
final class ToyTexts {
  static final List<String> LABELS = List.of("weather", "cooking");
  private static final String[] WEATHER = {"Heavy rain is expected tomorrow morning",
      "The forecast says sunny skies and a warm breeze", "Snow covered the hills overnight",
      "A thunderstorm is moving in from the west", "It will be cloudy with light showers",
      "Strong winds and cold temperatures this weekend", "Fog made the morning very grey",
      "The heatwave continues with record temperatures"};
  private static final String[] COOKING = {"Stir the sauce and add a pinch of salt",
      "Bake the bread for forty minutes until golden", "Chop the onions and fry them in butter",
      "Whisk the eggs with sugar and flour", "Simmer the soup gently for an hour",
      "Season the chicken and roast it in the oven", "Knead the dough and let it rise",
      "Grill the vegetables and drizzle with olive oil"};
  private static final String[] ENDINGS = {".", ", they said.", " today.",
      ", according to everyone we asked this week."};

  private ToyTexts() {}

  /** {@code n} labelled texts drawn with a seed. */
  static LabelledTexts make(int n, long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      String[] pool = i % 2 == 0 ? WEATHER : COOKING;
      texts.add(pool[random.nextInt(pool.length)] + ENDINGS[random.nextInt(ENDINGS.length)]);
      classes[i] = i % 2;
    }
    return new LabelledTexts(texts, classes);
  }
}
