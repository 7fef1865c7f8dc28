package org.modelworkbench.ml.text.tfidf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Real labelled text for the tests: 200 Debian package descriptions in four sections (games,
 * mail, science, sound), written by src/test/python/make_text_fixture.py, and seeded splits of it.
 */
final class TextFixtures {
  /** Texts with their labels. */
  record Labelled(List<String> texts, List<String> labels) {
    int size() {
      return texts.size();
    }

    /** Only the rows of the given labels. */
    Labelled only(List<String> keep) {
      List<String> t = new ArrayList<>();
      List<String> l = new ArrayList<>();
      for (int i = 0; i < size(); i++) {
        if (keep.contains(labels.get(i))) {
          t.add(texts.get(i));
          l.add(labels.get(i));
        }
      }
      return new Labelled(t, l);
    }
  }

  /** A train/test split. */
  record Split(Labelled train, Labelled test) {}

  private TextFixtures() {}

  /** The 200 descriptions. */
  static Labelled descriptions() {
    try (InputStream in = Objects.requireNonNull(TextFixtures.class.getResourceAsStream(
        "/text/debian_descriptions.csv"))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String> texts = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        List<String> fields = fields(lines[i].strip());
        texts.add(fields.get(0));
        labels.add(fields.get(1));
      }
      return new Labelled(texts, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seeded shuffle of the rows, the first {@code testShare} of them held out. */
  static Split split(Labelled all, double testShare, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(seed));
    int held = (int) Math.round(all.size() * testShare);
    return new Split(pick(all, order.subList(held, order.size())), pick(all, order.subList(0, held)));
  }

  private static Labelled pick(Labelled all, List<Integer> rows) {
    List<String> t = new ArrayList<>();
    List<String> l = new ArrayList<>();
    for (int r : rows) {
      t.add(all.texts().get(r));
      l.add(all.labels().get(r));
    }
    return new Labelled(t, l);
  }

  /** The share of predictions equal to the truth. */
  static double accuracy(List<String> predicted, List<String> truth) {
    int right = 0;
    for (int i = 0; i < truth.size(); i++) {
      right += predicted.get(i).equals(truth.get(i)) ? 1 : 0;
    }
    return (double) right / truth.size();
  }

  /** RFC 4180 fields of one line without line breaks inside fields. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    out.add(field.toString());
    return out;
  }
}
