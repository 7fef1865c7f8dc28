package org.modelworkbench.benchmarks.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic customer-service tickets like those of user journey 4: a subject and a body
 * (some bodies empty) labelled with one of 9 categories, two of them rare, plus the ticket's
 * channel, product and priority as preprocessed extra columns (one-hot flags and a standardised
 * priority).
 *
 * <p>Categories overlap on purpose: billing, cancellation and account tickets all talk about
 * subscriptions and charges, returns and shipping both about parcels. Channel and priority carry
 * some of the signal the text lacks (outages come by phone at high priority, privacy requests by
 * web form), so a model that joins them with the text can do better than one without.
 */
public final class TicketCorpus {
  private static final String[] CATEGORIES = {"billing", "account", "shipping", "returns", "technical",
      "how_to", "cancellation", "outage", "data_privacy"};
  private static final double[] SHARES = {0.17, 0.14, 0.15, 0.12, 0.15, 0.12, 0.10, 0.03, 0.02};
  private static final String[] CHANNELS = {"email", "chat", "phone", "web_form"};
  private static final String[] PRODUCTS = {"Basic plan", "Pro plan", "Family plan", "Router X2", "Smart plug"};
  // Per category: how its channel is drawn (email, chat, phone, web form) and its mean priority (1-4).
  private static final double[][] CHANNEL_SHARES = {
      {0.4, 0.3, 0.2, 0.1}, {0.3, 0.4, 0.2, 0.1}, {0.4, 0.3, 0.1, 0.2}, {0.4, 0.2, 0.1, 0.3},
      {0.3, 0.3, 0.3, 0.1}, {0.3, 0.5, 0.1, 0.1}, {0.4, 0.2, 0.2, 0.2}, {0.1, 0.2, 0.65, 0.05},
      {0.2, 0.05, 0.05, 0.7}};
  private static final double[] PRIORITY = {2.2, 2.0, 2.1, 1.8, 2.6, 1.4, 1.9, 3.6, 2.8};
  private static final String[][] SUBJECTS = {
      {"Wrong amount on my invoice", "Charged twice", "Question about my bill", "Refund for overcharge",
          "Payment failed", "Invoice missing"},
      {"Cannot log in", "Change my email address", "Password reset not working", "Account locked",
          "Update my details", "Two-factor code"},
      {"Where is my order", "Parcel not delivered", "Tracking not updating", "Delivery address wrong",
          "Package delayed"},
      {"Return request", "Want to send it back", "Refund for returned item", "Return label", "Exchange"},
      {"Device keeps disconnecting", "App crashes", "Error message", "Firmware update failed",
          "Not connecting to wifi"},
      {"How do I set this up", "Question about features", "Where can I find settings", "Help with setup",
          "How to share my plan"},
      {"Cancel my subscription", "Stop my contract", "Please end my plan", "Cancellation", "Close my plan"},
      {"Service down", "Nothing works since this morning", "Outage in my area", "No connection at all"},
      {"Delete my data", "GDPR request", "Copy of my personal data", "Privacy question", "Remove my account data"}};
  private static final String[][] BODIES = {
      {"My last invoice shows %s more than usual and I do not know why.",
          "I was charged twice for the %s this month, please refund one payment.",
          "The direct debit for my %s failed although my card is valid.",
          "Can you explain the extra fee on my bill for the %s?",
          "I paid the invoice but my account still says payment is due for the %s."},
      {"I cannot sign in to my account since yesterday, it says my password is wrong.",
          "Please change the email address on my account, I no longer use the old one.",
          "The reset link for my password never arrives, I checked the spam folder.",
          "My account was locked after three attempts and I need the %s today.",
          "I want to add my partner to the account for the %s."},
      {"My order of the %s has not arrived and tracking has not moved for days.",
          "The courier says the parcel was delivered but there is nothing at my door.",
          "The %s was sent to my old address, can you redirect the parcel?",
          "It has been two weeks and the %s is still not here.",
          "Tracking shows the package stuck at the depot."},
      {"I would like to return the %s, it is not what I expected.",
          "How do I get a return label? The %s does not fit my needs.",
          "I sent the %s back ten days ago and have not had my refund.",
          "Can I exchange the %s for another model?",
          "The item arrived damaged and I want to send it back."},
      {"The %s keeps dropping the connection every few minutes.",
          "The app crashes whenever I open the settings of the %s.",
          "I get error code %s when I try to connect.",
          "After the firmware update the %s does not start any more.",
          "The %s will not join my wifi network although the password is right."},
      {"How can I set up the %s for a second user?",
          "Where do I find the settings to change the schedule of the %s?",
          "Is it possible to use the %s abroad?",
          "Can you tell me how to share my plan with family members?",
          "What does the blinking light on the %s mean?"},
      {"Please cancel my subscription to the %s at the end of this month.",
          "I want to end my contract, I am moving abroad.",
          "How do I cancel the %s without paying a fee?",
          "Stop charging me, I want to cancel the %s now.",
          "I no longer need the %s, please close my plan."},
      {"Nothing works since this morning, no internet on the %s at all.",
          "Is there an outage in my area? All my devices are offline.",
          "The whole service has been down for hours, my business depends on it.",
          "No connection since the storm, the %s shows a red light."},
      {"Under GDPR I ask you to delete all personal data you hold about me.",
          "Please send me a copy of the personal data you store about my account.",
          "I want my data removed from your marketing lists and the %s account deleted.",
          "Who do you share my personal data with?"}};
  private static final String[] OPENERS = {"Hello,", "Hi team,", "Dear support,", "", "", "Good morning,"};
  private static final String[] CLOSERS = {"Thanks.", "Regards", "Please help asap.", "", "Thank you in advance.",
      "This is the second time I write about this."};
  private static final String[] AMOUNTS = {"12 euros", "30 EUR", "9.99", "a lot", "twenty euros"};

  private TicketCorpus() {}

  /** The extra columns, in order: channel flags, product flags, standardised priority. */
  public static List<String> extraNames() {
    List<String> names = new ArrayList<>();
    for (String c : CHANNELS) {
      names.add("channel=" + c);
    }
    for (String p : PRODUCTS) {
      names.add("product=" + p);
    }
    names.add("priority");
    return names;
  }

  /**
   * Generates tickets.
   *
   * @param count how many
   * @param seed the seed; the same seed gives the same tickets
   * @return the corpus with its extra columns
   */
  public static LabelledTexts generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> texts = new ArrayList<>(count);
    List<String> labels = new ArrayList<>(count);
    double[][] extras = new double[count][];
    for (int i = 0; i < count; i++) {
      int c = draw(random, SHARES);
      // One ticket in six is filed under a neighbouring category's words: agents disagree.
      int words = random.nextDouble() < 1.0 / 6 ? random.nextInt(CATEGORIES.length) : c;
      String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
      String subject = pick(random, SUBJECTS[words]);
      String body = random.nextDouble() < 0.06 ? "" : body(random, words, product);
      texts.add((subject + " " + body).trim());
      labels.add(CATEGORIES[c]);
      double[] row = new double[CHANNELS.length + PRODUCTS.length + 1];
      row[draw(random, CHANNEL_SHARES[c])] = 1;
      row[CHANNELS.length + java.util.Arrays.asList(PRODUCTS).indexOf(product)] = 1;
      double priority = Math.max(1, Math.min(4, Math.round(PRIORITY[c] + 0.8 * random.nextGaussian())));
      row[row.length - 1] = (priority - 2.2) / 0.9; // roughly standardised over the whole corpus
      extras[i] = row;
    }
    return new LabelledTexts("tickets", texts, labels, extraNames(), extras);
  }

  private static String body(SplittableRandom random, int category, String product) {
    StringBuilder b = new StringBuilder(pick(random, OPENERS)).append(' ');
    int sentences = 1 + random.nextInt(2);
    for (int s = 0; s < sentences; s++) {
      String t = pick(random, BODIES[category]);
      String fill = t.contains("error code") ? "E" + (100 + random.nextInt(900))
          : t.contains("shows %s more") ? pick(random, AMOUNTS) : product;
      b.append(String.format(Locale.ROOT, t, fill)).append(' ');
    }
    if (random.nextDouble() < 0.3) {
      // Some tickets also mention a second topic in passing.
      String t = pick(random, BODIES[random.nextInt(BODIES.length)]);
      b.append("Also, ").append(String.format(Locale.ROOT, t, product).toLowerCase(Locale.ROOT)).append(' ');
    }
    return b.append(pick(random, CLOSERS)).toString().replaceAll("\\s+", " ").trim();
  }

  private static int draw(SplittableRandom random, double[] shares) {
    double u = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }

  private static String pick(SplittableRandom random, String... options) {
    return options[random.nextInt(options.length)];
  }
}
