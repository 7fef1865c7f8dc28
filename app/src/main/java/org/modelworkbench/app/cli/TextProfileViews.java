package org.modelworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.model.ValueCount;

/** A free-text column's profile as lines for {@code workbench profile}, and as JSON. */
final class TextProfileViews {
  private static final int BAR_WIDTH = 30;
  private static final int WORDS_SHOWN = 12;

  private TextProfileViews() {}

  static String text(TextProfile p) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Text column '%s': %,d texts, %,d missing, %,d with no words, "
        + "%,d exact duplicates%s%n", p.column(), p.texts(), p.missing(), p.empty(), p.duplicates(),
        p.duplicateGroups() == 0 ? "" : String.format(Locale.ROOT, " (%,d texts repeated)", p.duplicateGroups())));
    sb.append("  Length in words:      ").append(lengths(p.words())).append('\n');
    sb.append("  Length in characters: ").append(lengths(p.characters())).append('\n');
    if (p.tokens() != null) {
      TextProfile.TokenLengths t = p.tokens();
      sb.append("  Length in tokens:     ").append(lengths(t.lengths()))
          .append(String.format(Locale.ROOT, "; %,d (%.1f %%) longer than %,d and cut%n", t.longer(),
              100 * t.longerShare(p.texts()), t.limit()));
    }
    sb.append("  Texts by length in words:\n");
    long most = p.wordHistogram().stream().mapToLong(HistogramBin::count).max().orElse(1);
    for (HistogramBin bin : p.wordHistogram()) {
      int bar = (int) Math.round((double) bin.count() / Math.max(1, most) * BAR_WIDTH);
      sb.append(String.format(Locale.ROOT, "    %12s %-" + BAR_WIDTH + "s %,d%n", range(bin), "#".repeat(bar),
          bin.count()));
    }
    List<String> words = p.topWords().stream().limit(WORDS_SHOWN)
        .map(w -> String.format(Locale.ROOT, "%s (%,d)", w.value(), w.count())).toList();
    sb.append("  Most frequent words: ").append(words.isEmpty() ? "none" : String.join(", ", words));
    return sb.toString();
  }

  static Map<String, Object> json(TextProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("column", p.column());
    m.put("texts", p.texts());
    m.put("missing", p.missing());
    m.put("empty", p.empty());
    m.put("duplicates", p.duplicates());
    m.put("duplicateGroups", p.duplicateGroups());
    m.put("words", lengthsJson(p.words()));
    m.put("characters", lengthsJson(p.characters()));
    m.put("wordHistogram", bins(p.wordHistogram()));
    m.put("characterHistogram", bins(p.characterHistogram()));
    List<Object> words = new ArrayList<>();
    for (ValueCount w : p.topWords()) {
      words.add(Map.of("word", w.value(), "count", w.count()));
    }
    m.put("topWords", words);
    return m;
  }

  private static String lengths(TextProfile.Lengths l) {
    return String.format(Locale.ROOT, "min %,d, median %,d, mean %,.1f, max %,d", l.min(), l.median(), l.mean(),
        l.max());
  }

  private static Map<String, Object> lengthsJson(TextProfile.Lengths l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min", l.min());
    m.put("median", l.median());
    m.put("mean", l.mean());
    m.put("max", l.max());
    return m;
  }

  private static List<Object> bins(List<HistogramBin> bins) {
    List<Object> out = new ArrayList<>();
    for (HistogramBin b : bins) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", (long) b.lower());
      m.put("to", (long) b.upper());
      m.put("count", b.count());
      out.add(m);
    }
    return out;
  }

  /** A bin of whole-number lengths: "12" for one length, "10-19" for several. */
  static String range(HistogramBin bin) {
    long from = (long) bin.lower();
    long to = (long) bin.upper() - 1;
    return to <= from ? String.format(Locale.ROOT, "%,d", from) : String.format(Locale.ROOT, "%,d-%,d", from, to);
  }
}
