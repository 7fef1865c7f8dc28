package org.modelworkbench.services.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Labelled product reviews written by the tests as CSV, Excel, JSON Lines and a folder of .txt
 * files per class: columns {@code id}, {@code review} (free text, 15 to 45 words, some with line
 * breaks, quotes and commas), {@code city} (a few cities with spaces: categories), {@code channel}
 * and {@code label} ({@code great} or {@code other}, matching the review's tone).
 */
final class TextFiles {
  static final List<String> HEADER = List.of("id", "review", "city", "channel", "label");
  private static final String[] PRODUCTS = {"blender", "kettle", "desk lamp", "office chair", "headset", "backpack"};
  private static final String[] GOOD = {"it works better than I expected", "the build quality is excellent",
      "it is quiet and easy to clean", "delivery was fast and the box was intact", "it looks great on my desk"};
  private static final String[] BAD = {"it stopped working after three days", "the lid cracked, sadly",
      "support never answered my \"urgent\" emails", "it is much smaller than the pictures suggest",
      "the cable is far too short"};
  private static final String[] CITIES = {"New York", "San Francisco", "Rio de Janeiro", "Salt Lake City", "Berlin"};
  private static final String[] CHANNELS = {"web", "phone", "store"};

  private TextFiles() {}

  /** {@code n} rows; every seventh review runs over two lines. */
  static List<List<String>> rows(int n, long seed) {
    Random random = new Random(seed);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean good = random.nextInt(10) < 6;
      String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
      StringBuilder review = new StringBuilder("I bought this " + product + " in week " + (1 + random.nextInt(52))
          + " and");
      String[] points = good ? GOOD : BAD;
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        review.append(s == 0 ? " " : ", and ").append(points[random.nextInt(points.length)]);
      }
      review.append(i % 7 == 3 ? ".\nWould " : ". Would ").append(good ? "buy again." : "not recommend it.");
      rows.add(List.of(Integer.toString(i + 1), review.toString(), CITIES[random.nextInt(CITIES.length)],
          CHANNELS[random.nextInt(CHANNELS.length)], good ? "great" : "other"));
    }
    return rows;
  }

  static Path csv(Path file, List<List<String>> rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", HEADER) + "\r\n");
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>();
        for (String cell : row) {
          boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
          cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.write(String.join(",", cells) + "\r\n");
      }
    }
    return file;
  }

  static Path xlsx(Path file, List<List<String>> rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Reviews");
      for (int c = 0; c < HEADER.size(); c++) {
        ws.value(0, c, HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        ws.value(r + 1, 0, Integer.parseInt(rows.get(r).get(0)));
        for (int c = 1; c < HEADER.size(); c++) {
          ws.value(r + 1, c, rows.get(r).get(c));
        }
      }
      wb.finish();
    }
    return file;
  }

  static Path jsonLines(Path file, List<List<String>> rows) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (List<String> row : rows) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", Integer.parseInt(row.get(0)));
        for (int c = 1; c < HEADER.size(); c++) {
          object.put(HEADER.get(c), row.get(c));
        }
        out.write(json.writeValueAsString(object) + "\n");
      }
    }
    return file;
  }

  /** One sub-folder per label with one .txt file per review. */
  static Path folder(Path dir, List<List<String>> rows) throws IOException {
    for (List<String> row : rows) {
      Path classDir = Files.createDirectories(dir.resolve(row.get(4)));
      Files.writeString(classDir.resolve("review-" + row.get(0) + ".txt"), row.get(1), StandardCharsets.UTF_8);
    }
    return dir;
  }
}
