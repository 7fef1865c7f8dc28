package org.modelworkbench.data.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic columns for telling free text from categories, made from word lists with a fixed
 * seed: product reviews and support tickets (long, different, made of words), tweets (short but
 * still sentences), and the columns that must stay categories: cities, repeated products,
 * categories, people's names.
 */
public final class TextSamples {
  private static final String[] PRODUCTS = {"blender", "kettle", "desk lamp", "office chair", "headset", "backpack",
      "water bottle", "coffee grinder", "phone case", "keyboard"};
  private static final String[] OPENINGS = {"I bought this %s last month and", "Ordered the %s for my sister and",
      "The %s arrived on time and", "After two weeks with the %s I can say", "Honestly the %s", "My old %s broke so"};
  private static final String[] GOOD = {"it works better than I expected", "the build quality is excellent",
      "it is quiet and easy to clean", "delivery was fast and the box was intact", "it looks great on my desk",
      "the battery lasts for days"};
  private static final String[] BAD = {"it stopped working after three days", "the lid cracked the first time I used it",
      "support never answered my emails", "it is much smaller than the pictures suggest",
      "the cable is far too short", "it makes a terrible rattling noise"};
  private static final String[] ENDINGS = {"Would buy again.", "Not worth the money.", "Five stars from me.",
      "I returned it for a refund.", "Recommended to all my friends.", "Think twice before ordering."};

  private TextSamples() {}

  /** A review of 15 to 45 words; {@code good} picks its tone, and its label. */
  public static String review(Random random, boolean good) {
    String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    StringBuilder sb = new StringBuilder(String.format(OPENINGS[random.nextInt(OPENINGS.length)], product));
    String[] points = good ? GOOD : BAD;
    int sentences = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      sb.append(i == 0 ? " " : ", and ").append(points[random.nextInt(points.length)]);
    }
    sb.append(". ").append(ENDINGS[random.nextInt(ENDINGS.length)]);
    if (random.nextInt(3) == 0) {
      sb.append(" Order number ").append(10_000 + random.nextInt(90_000)).append('.');
    }
    return sb.toString();
  }

  /** {@code n} reviews, alternately good and bad. */
  public static List<String> reviews(int n, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(review(random, i % 2 == 0));
    }
    return out;
  }

  /** Tweet-length texts: 6 to 14 words, mostly different. */
  public static List<String> tweets(int n, long seed) {
    String[] subjects = {"the new update", "my morning train", "this weather", "the match tonight", "our team",
        "the coffee here", "my phone", "the concert"};
    String[] verbs = {"is honestly amazing", "was late again", "made my day", "is a total disaster",
        "keeps crashing on me", "could not be better"};
    String[] tails = {"#mondays", "lol", "can't wait for the weekend", "thanks everyone", "so tired", "again!!",
        "who else?", "10/10"};
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("Just saw that " + subjects[random.nextInt(subjects.length)] + " " + verbs[random.nextInt(verbs.length)]
          + " " + tails[random.nextInt(tails.length)] + (random.nextBoolean() ? " @friend" + random.nextInt(500) : ""));
    }
    return out;
  }

  /** A city column of a customer table: a few dozen cities, many with spaces, repeated. */
  public static List<String> cities(int n, long seed) {
    String[] cities = {"New York", "San Francisco", "Los Angeles", "Rio de Janeiro", "Salt Lake City", "Kuala Lumpur",
        "Buenos Aires", "Hong Kong", "Mexico City", "Cape Town", "Berlin", "Paris", "Tokyo", "St. Petersburg",
        "Frankfurt am Main", "Santa Cruz de Tenerife"};
    return pick(cities, n, seed);
  }

  /** A product column of an orders table: long-ish product names, repeated over the orders. */
  public static List<String> products(int n, long seed) {
    String[] products = {"Stainless Steel Water Bottle 750ml", "Wireless Noise Cancelling Headphones",
        "Ergonomic Office Chair with Lumbar Support", "USB-C Charging Cable 2m Braided",
        "Cast Iron Skillet 28cm Pre-Seasoned", "Bamboo Cutting Board Set of Three",
        "Mechanical Keyboard with Brown Switches", "Electric Kettle 1.7 Litre Glass"};
    return pick(products, n, seed);
  }

  /** A category column: a handful of department names. */
  public static List<String> categories(int n, long seed) {
    return pick(new String[] {"Home & Kitchen", "Sports and Outdoors", "Health & Personal Care", "Toys & Games",
        "Office Products"}, n, seed);
  }

  /** People's names: nearly all different, two words, short. */
  public static List<String> names(int n, long seed) {
    String[] first = {"Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal",
        "Lena"};
    String[] last = {"Smith", "Garcia", "Nguyen", "Müller", "Rossi", "Kowalski", "Okafor", "Tanaka", "Silva",
        "Johansson", "Dubois", "Novak"};
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)]);
    }
    return out;
  }

  private static List<String> pick(String[] values, int n, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(values[random.nextInt(values.length)]);
    }
    return out;
  }
}
