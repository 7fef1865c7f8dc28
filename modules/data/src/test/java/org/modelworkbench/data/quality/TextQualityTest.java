package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modelworkbench.data.text.TextSamples;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;

/** Text findings: empty texts, equal texts with different labels, and the same text in training and test. */
class TextQualityTest {
  private static final List<ColumnSchema> COLUMNS = List.of(new ColumnSchema("review", ColumnType.TEXT),
      new ColumnSchema("label", ColumnType.CATEGORICAL));

  private static DataTable table(List<String> texts, List<String> labels) {
    return new DataTable(COLUMNS, new Object[][] {texts.toArray(), labels.toArray()});
  }

  private static List<String> labels(int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(i % 2 == 0 ? "great" : "other");
    }
    return labels;
  }

  @Test
  void namesTextsWithNoWordsWithExampleRows() {
    List<String> texts = new ArrayList<>(TextSamples.reviews(100, 21));
    texts.set(4, "-");
    texts.set(19, "...  ");
    texts.set(60, "!!!");
    texts.set(70, null);
    QualityFinding f = Findings.one(QualityChecker.check(table(texts, labels(100))), QualityCodes.EMPTY_TEXTS, "review");
    assertThat(f.column()).isEqualTo("review");
    assertThat(f.count()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("'review' has 3 texts with no words in them (rows 5, 20 and 61: '-'), besides"
        + " 1 row left empty. A text model learns nothing from them; fill them in or leave those rows out.");
  }

  @Test
  void equalTextsWithDifferentLabels() {
    List<String> texts = new ArrayList<>(TextSamples.reviews(200, 22).stream().distinct().toList());
    int n = texts.size();
    List<String> labels = labels(n);
    texts.set(10, texts.get(3));  // row 3 is "other", row 10 "great"
    texts.set(20, texts.get(3));
    texts.set(31, texts.get(30));  // same label as row 30? 30 great, 31 other: a second group
    texts.set(42, texts.get(40));  // both great: a duplicate, not a conflict
    List<QualityFinding> findings = QualityChecker.checkTarget(table(texts, labels), "label", true).findings();
    QualityFinding f = findings.stream().filter(x -> x.code().equals(QualityCodes.TEXT_CONFLICTING_LABELS))
        .findFirst().orElseThrow();
    assertThat(f.count()).isEqualTo(5);
    assertThat(f.message()).startsWith("5 rows in 2 groups have the same 'review' text but a different 'label', for"
        + " example rows 4, 11 and 21 ('" + texts.get(3).substring(0, 37) + "...', labelled 'other', 'great' and"
        + " 'great'). No model can get both right");
  }

  @Test
  void theSameTextInTrainingAndTest() {
    List<String> texts = new ArrayList<>(TextSamples.reviews(300, 23).stream().distinct().limit(100).toList());
    texts.set(90, texts.get(5));
    texts.set(95, texts.get(6).replace('.', '!'));  // not the same text
    texts.set(97, texts.get(7));
    DataTable table = table(texts, labels(texts.size()));
    int[] train = new Random(1).ints(0, 80).distinct().limit(80).toArray();
    DataSplit split = new DataSplit(train, new int[] {80, 81, 82, 83, 84, 85, 86, 87, 88, 89},
        new int[] {90, 91, 92, 93, 94, 95, 96, 97, 98, 99}, 1, false);
    List<QualityFinding> findings = QualityChecker.checkSplit(table, split, List.of("review")).findings();
    QualityFinding f = findings.stream().filter(x -> x.code().equals(QualityCodes.TEXT_SPLIT_OVERLAP)).findFirst()
        .orElseThrow();
    assertThat(f.count()).isEqualTo(2);
    assertThat(f.message()).startsWith("2 of the 10 test rows (20.0 %) have the same 'review' text as a training or"
        + " validation row, for example rows 91 and 98 (");
    assertThat(QualityChecker.checkTextSplit(table, split, List.of("review")).findings()).containsExactly(f);
  }

  @Test
  void freeTextIsNotCalledAnIdOrMixed() {
    List<String> texts = TextSamples.reviews(300, 24);
    assertThat(QualityChecker.check(table(texts, labels(300))).findings()).extracting(QualityFinding::code)
        .doesNotContain(QualityCodes.ID_LIKE, QualityCodes.MIXED_TYPES, QualityCodes.EMPTY_TEXTS);
    DataTable asCategories = new DataTable(List.of(new ColumnSchema("review", ColumnType.CATEGORICAL),
        COLUMNS.get(1)), new Object[][] {texts.toArray(), labels(300).toArray()});
    assertThat(QualityChecker.check(asCategories).findings()).extracting(QualityFinding::code)
        .contains(QualityCodes.ID_LIKE);
  }
}
