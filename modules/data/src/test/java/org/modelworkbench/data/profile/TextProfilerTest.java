package org.modelworkbench.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.data.text.TextSamples;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.model.ValueCount;

/** The profile of a free-text column: lengths, empty and duplicate texts, words, tokens. */
class TextProfilerTest {
  private static PrimitiveColumn column(List<String> texts) {
    return PrimitiveColumn.of(new DataTable(List.of(new ColumnSchema("review", ColumnType.TEXT)),
        new Object[][] {texts.toArray()}), 0);
  }

  @Test
  void countsLengthsEmptyAndDuplicateTexts() {
    List<String> texts = new ArrayList<>(List.of(
        "Great kettle, boils fast.",          // 4 words, 25 characters
        "great kettle, boils fast.",          // differs in case: not an exact copy
        "Great kettle, boils fast.",          // copy of the first
        "Great kettle, boils fast.",          // and another
        "Terrible. It's broken!",             // 3 words: it's stays one word
        "...",                                // no words
        "   "));                              // no words
    texts.add(null);
    TextProfile p = TextProfiler.profile(column(texts));
    assertThat(p.texts()).isEqualTo(7);
    assertThat(p.missing()).isEqualTo(1);
    assertThat(p.empty()).isEqualTo(2);
    assertThat(p.duplicates()).isEqualTo(2);
    assertThat(p.duplicateGroups()).isEqualTo(1);
    assertThat(p.words()).isEqualTo(new TextProfile.Lengths(0, 4, (4 * 4 + 3) / 7.0, 4));
    assertThat(p.characters().max()).isEqualTo(25);
    assertThat(p.characters().min()).isEqualTo(3);
    assertThat(p.wordHistogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(7);
    assertThat(p.characterHistogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(7);
    assertThat(p.tokens()).isNull();
  }

  @Test
  void mostFrequentWordsAreLowerCaseWithoutStopWords() {
    TextProfile p = TextProfiler.profile(column(List.of("The kettle is GREAT and the lid is great",
        "A great kettle; the best kettle I've had", "Kettle broke. It is not great at all.")));
    assertThat(p.topWords()).extracting(ValueCount::value).startsWith("great", "kettle")
        .doesNotContain("the", "is", "and", "a", "it", "not", "at", "all", "i've");
    assertThat(p.topWords().get(0)).isEqualTo(new ValueCount("great", 4));
    assertThat(p.topWords().get(1)).isEqualTo(new ValueCount("kettle", 4));
  }

  @Test
  void aTokenCounterGivesTheShareTheModelCuts() {
    List<String> reviews = TextSamples.reviews(400, 11);
    // Any tokenizer plugs in; here one token per word and one per punctuation mark, as WordPiece roughly does.
    TextProfile p = TextProfiler.profile(column(reviews), text -> text.split("\\s+|(?=[.,!?])").length, 30);
    long longer = reviews.stream().filter(t -> t.split("\\s+|(?=[.,!?])").length > 30).count();
    assertThat(longer).isBetween(1L, 399L);
    assertThat(p.tokens().limit()).isEqualTo(30);
    assertThat(p.tokens().longer()).isEqualTo(longer);
    assertThat(p.tokens().longerShare(p.texts())).isEqualTo(longer / 400.0);
    assertThat(p.tokens().lengths().max()).isGreaterThan(30);
  }

  @Test
  void theStoredProfileKeepsTheLengthInWords() {
    List<String> reviews = TextSamples.reviews(300, 12);
    DataTable table = new DataTable(List.of(new ColumnSchema("review", ColumnType.TEXT)),
        new Object[][] {reviews.toArray()});
    ColumnProfile stored = ColumnProfiler.profile(table, 0);
    TextProfile full = TextProfiler.profile(column(reviews));
    assertThat(stored.type()).isEqualTo(ColumnType.TEXT);
    assertThat(stored.min()).isEqualTo((double) full.words().min());
    assertThat(stored.max()).isEqualTo((double) full.words().max());
    assertThat(stored.mean()).isCloseTo(full.words().mean(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stored.histogram()).isEqualTo(full.wordHistogram());
    assertThat(stored.topValues()).isEmpty();
    assertThat(stored.distinct()).isEqualTo(reviews.stream().distinct().count());
    // Streamed from counts it is the same profile.
    ColumnProfile streamed = ColumnProfiler.profileCounts(stored.schema(), 0, visit -> reviews.forEach(r -> visit.accept(r, 1)));
    assertThat(streamed).isEqualTo(stored);
  }
}
