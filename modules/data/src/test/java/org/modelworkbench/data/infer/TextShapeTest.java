package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.data.text.TextSamples;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/** Free text is told from categories on realistic columns, both ways, and the analyst can overrule it. */
class TextShapeTest {
  private static boolean looksLikeText(List<String> values) {
    TextShape shape = new TextShape();
    values.forEach(shape::accept);
    return shape.looksLikeText();
  }

  @Test
  void reviewsAndTicketsAreText() {
    assertThat(looksLikeText(TextSamples.reviews(500, 1))).isTrue();
    assertThat(looksLikeText(TextSamples.reviews(8, 2))).as("a small file of reviews").isTrue();
  }

  @Test
  void tweetsAreTextThoughShort() {
    List<String> tweets = TextSamples.tweets(400, 3);
    double meanWords = tweets.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
    assertThat(meanWords).isBetween(6.0, 16.0);
    assertThat(looksLikeText(tweets)).isTrue();
  }

  @Test
  void citiesProductsCategoriesAndNamesAreNot() {
    assertThat(looksLikeText(TextSamples.cities(500, 4))).as("cities such as New York").isFalse();
    assertThat(looksLikeText(TextSamples.products(500, 5))).as("products repeated over orders").isFalse();
    assertThat(looksLikeText(TextSamples.categories(500, 6))).as("categories").isFalse();
    assertThat(looksLikeText(TextSamples.names(500, 7))).as("people's names, nearly all different").isFalse();
  }

  @Test
  void aFewTextsOrTheSameTextRepeatedAreNot() {
    assertThat(looksLikeText(TextSamples.reviews(4, 8))).as("too few values to judge").isFalse();
    List<String> template = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      template.add(i % 3 == 0 ? "Thank you for contacting customer support, we will reply within two days."
          : "Your parcel has been handed to the courier and will arrive tomorrow morning.");
    }
    assertThat(looksLikeText(template)).as("two canned messages").isFalse();
  }

  @Test
  void typesATableAndLetsTheAnalystOverruleBothWays() {
    List<String> reviews = TextSamples.reviews(300, 9);
    List<String> cities = TextSamples.cities(300, 10);
    Object[][] values = {reviews.toArray(), cities.toArray()};
    DataTable table = new DataTable(List.of(new ColumnSchema("review", ColumnType.CATEGORICAL),
        new ColumnSchema("city", ColumnType.CATEGORICAL)), values);

    DataTable inferred = TextTyping.infer(table);
    assertThat(inferred.columns()).extracting(ColumnSchema::type).containsExactly(ColumnType.TEXT,
        ColumnType.CATEGORICAL);
    assertThat(inferred.value(7, 0)).isSameAs(table.value(7, 0));

    DataTable overruled = TextTyping.infer(table, Map.of("review", ColumnType.CATEGORICAL, "city", ColumnType.TEXT));
    assertThat(overruled.columns()).extracting(ColumnSchema::type).containsExactly(ColumnType.CATEGORICAL,
        ColumnType.TEXT);
    assertThat(TextTyping.override(inferred, Map.of("review", ColumnType.CATEGORICAL)).columns())
        .extracting(ColumnSchema::type).containsExactly(ColumnType.CATEGORICAL, ColumnType.CATEGORICAL);
  }

  @Test
  void overrulingSaysPlainlyWhatCannotBe() {
    List<ColumnSchema> columns = List.of(new ColumnSchema("age", ColumnType.INTEGER),
        new ColumnSchema("note", ColumnType.CATEGORICAL));
    assertThatThrownBy(() -> TextTyping.check(columns, Map.of("notes", ColumnType.TEXT)))
        .isInstanceOf(WorkbenchException.class).hasMessage("There is no column 'notes' to set the type of; the"
            + " columns are: age, note.");
    assertThatThrownBy(() -> TextTyping.check(columns, Map.of("age", ColumnType.TEXT)))
        .hasMessageContaining("'age' holds integer values, so it cannot be read as text");
    assertThatThrownBy(() -> TextTyping.check(columns, Map.of("note", ColumnType.DATE)))
        .hasMessageContaining("can be set to text or categorical, not date");
  }

  @Test
  void aColumnWhoseFirstValuesRepeatStaysACategoryWhateverFollows() {
    TextShape shape = new TextShape();
    for (int i = 0; i < TextShape.DISTINCT_SAMPLE; i++) {
      shape.accept(i % 2 == 0 ? "a long review that says the same thing every time it is written" : "short");
    }
    TextSamples.reviews(5000, 9).forEach(shape::accept);
    assertThat(shape.looksLikeText()).isFalse();
    assertThat(shape.valueCount()).isEqualTo(TextShape.DISTINCT_SAMPLE + 5000L);
  }
}
