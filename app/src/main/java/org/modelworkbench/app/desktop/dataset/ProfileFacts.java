package org.modelworkbench.app.desktop.dataset;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.model.ValueCount;

/** The facts of a column profile as label and value lines, and the bars of its chart. */
public final class ProfileFacts {
  /** The most bars a text column's length chart shows, so their labels fit under them. */
  static final int MAX_TEXT_BARS = 8;

  private ProfileFacts() {}

  /**
   * One fact line.
   *
   * @param label what it is, for example "Missing"
   * @param value its value as text
   */
  public record Fact(String label, String value) {}

  /**
   * One bar of the profile chart.
   *
   * @param label the category or the bin's range
   * @param count how many values
   */
  public record Bar(String label, long count) {}

  /** The facts of a column: type, missing (with its share), distinct, min, max, mean, std. dev. */
  public static List<Fact> facts(ColumnProfile profile, long rows) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Type", profile.type().label()));
    String missingShare = rows > 0 ? " (" + Formats.percent((double) profile.missing() / rows) + ")" : "";
    facts.add(new Fact("Missing", Formats.count(profile.missing()) + missingShare));
    facts.add(new Fact("Distinct", profile.distinctText()));
    if (profile.type() == ColumnType.TEXT) {
      // A text column's stored statistics are its length in words.
      if (profile.min() != null) {
        facts.add(new Fact("Words", "shortest " + Formats.number(profile.min()) + ", mean "
            + Formats.number(profile.mean()) + ", longest " + Formats.number(profile.max())));
      }
      return facts;
    }
    if (profile.min() != null) {
      facts.add(new Fact("Min", Formats.statistic(profile.min(), profile.type())));
    }
    if (profile.max() != null) {
      facts.add(new Fact("Max", Formats.statistic(profile.max(), profile.type())));
    }
    if (profile.mean() != null) {
      facts.add(new Fact("Mean", Formats.statistic(profile.mean(), profile.type())));
    }
    if (profile.stddev() != null && profile.type().isNumeric()) {
      facts.add(new Fact("Std. dev.", Formats.number(profile.stddev())));
    }
    return facts;
  }

  /** The chart's title: a histogram for numbers, the top values otherwise. */
  public static String chartTitle(ColumnProfile profile) {
    if (profile.type() == ColumnType.TEXT) {
      return "Texts by length in words";
    }
    return profile.histogram().isEmpty() ? "Most frequent values" : "Distribution";
  }

  /**
   * The facts of a free-text column's full profile: texts, empty and duplicate texts, lengths in
   * words and characters (and in a model's tokens when known), and the most frequent words.
   */
  public static List<Fact> textFacts(TextProfile text) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Texts", Formats.count(text.texts())));
    facts.add(new Fact("With no words", Formats.count(text.empty())));
    facts.add(new Fact("Exact duplicates", Formats.count(text.duplicates())
        + (text.duplicateGroups() == 0 ? "" : " (" + Formats.count(text.duplicateGroups()) + " texts repeated)")));
    facts.add(new Fact("Median length", Formats.count(text.words().median()) + " words, "
        + Formats.count(text.characters().median()) + " characters"));
    facts.add(new Fact("Longest", Formats.count(text.words().max()) + " words, "
        + Formats.count(text.characters().max()) + " characters"));
    if (text.tokens() != null) {
      facts.add(new Fact("Tokens", "median " + Formats.count(text.tokens().lengths().median()) + ", longest "
          + Formats.count(text.tokens().lengths().max())));
      facts.add(new Fact("Cut at " + Formats.count(text.tokens().limit()) + " tokens",
          Formats.count(text.tokens().longer()) + " (" + Formats.percent(text.tokens().longerShare(text.texts())) + ")"));
    }
    List<String> words = text.topWords().stream().limit(10).map(ValueCount::value).toList();
    facts.add(new Fact("Most frequent words", words.isEmpty() ? "–" : String.join(", ", words)));
    return facts;
  }

  /** The bars: the histogram bins, or the most frequent values (at most {@code maxBars}). */
  public static List<Bar> bars(ColumnProfile profile, int maxBars) {
    List<Bar> bars = rawBars(profile, maxBars);
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Bar> unique = new ArrayList<>();
    for (Bar bar : bars) {
      String label = bar.label();
      for (int i = 2; !seen.add(label); i++) {
        label = bar.label() + " (" + i + ")";
      }
      unique.add(new Bar(label, bar.count()));
    }
    return unique;
  }

  /** Neighbouring bins added up so that at most {@code most} are left, for readable labels. */
  static List<HistogramBin> merged(List<HistogramBin> bins, int most) {
    if (bins.size() <= most) {
      return bins;
    }
    int group = (bins.size() + most - 1) / most;
    List<HistogramBin> out = new ArrayList<>();
    for (int from = 0; from < bins.size(); from += group) {
      int to = Math.min(bins.size(), from + group);
      long count = bins.subList(from, to).stream().mapToLong(HistogramBin::count).sum();
      out.add(new HistogramBin(bins.get(from).lower(), bins.get(to - 1).upper(), count));
    }
    return out;
  }

  /** A bin of whole word counts: "12" for one length, "10–19" for several. */
  private static String wordRange(HistogramBin bin) {
    long from = (long) bin.lower();
    long to = (long) bin.upper() - 1;
    return to <= from ? Formats.count(from) : Formats.count(from) + "–" + Formats.count(to);
  }

  private static List<Bar> rawBars(ColumnProfile profile, int maxBars) {
    List<Bar> bars = new ArrayList<>();
    if (!profile.histogram().isEmpty()) {
      List<HistogramBin> bins = profile.type() == ColumnType.TEXT ? merged(profile.histogram(), MAX_TEXT_BARS)
          : profile.histogram();
      for (HistogramBin bin : bins) {
        bars.add(new Bar(profile.type() == ColumnType.TEXT ? wordRange(bin) : Formats.statistic(bin.lower(),
            profile.type()) + "–" + Formats.statistic(bin.upper(), profile.type()), bin.count()));
      }
      return bars;
    }
    for (ValueCount value : profile.topValues()) {
      if (bars.size() >= maxBars) {
        break;
      }
      bars.add(new Bar(value.value() == null ? "(missing)" : value.value(), value.count()));
    }
    return bars;
  }
}
