package org.modelworkbench.benchmarks.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the sample support tickets shipped in {@code resources/samples}: generated tickets of
 * {@link TicketCorpus} as a CSV with the text and the ordinary columns a help desk exports.
 *
 * <pre>{@code java ... TicketSample OUT.csv [rows] [seed]}</pre>
 */
public final class TicketSample {
  private static final List<String> CHANNELS = List.of("email", "chat", "phone", "web_form");
  private static final List<String> PRODUCTS = List.of("Basic plan", "Pro plan", "Family plan", "Router X2",
      "Smart plug");

  private TicketSample() {}

  /**
   * Writes the file.
   *
   * @param args the output file, then optionally the number of rows (600) and the seed (2025)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2025;
    LabelledTexts tickets = TicketCorpus.generate(rows, seed);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("ticket_id,body,product,channel,priority,category\n");
      for (int i = 0; i < tickets.size(); i++) {
        double[] extra = tickets.extras()[i];
        String channel = CHANNELS.get(hot(extra, 0, CHANNELS.size()));
        String product = PRODUCTS.get(hot(extra, CHANNELS.size(), PRODUCTS.size()));
        long priority = Math.round(extra[extra.length - 1] * 0.9 + 2.2);
        w.write(String.format(Locale.ROOT, "T%05d,%s,%s,%s,%d,%s%n", i + 1, quoted(tickets.texts().get(i)), product,
            channel, priority, tickets.labels().get(i)));
      }
    }
  }

  private static int hot(double[] row, int from, int count) {
    for (int j = 0; j < count; j++) {
      if (row[from + j] == 1) {
        return j;
      }
    }
    throw new IllegalStateException("no flag set");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
