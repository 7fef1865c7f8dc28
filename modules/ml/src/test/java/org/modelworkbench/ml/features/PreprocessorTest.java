package org.modelworkbench.ml.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.testing.TestTables;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

class PreprocessorTest {
  private static final List<ColumnSchema> SCHEMA = List.of(
      new ColumnSchema("age", ColumnType.INTEGER),
      new ColumnSchema("member", ColumnType.BOOLEAN),
      new ColumnSchema("city", ColumnType.CATEGORICAL),
      new ColumnSchema("score", ColumnType.DECIMAL));

  private static DataTable train() {
    return TestTables.table(SCHEMA,
        new Object[] {10L, true, "Oslo", 1.0},
        new Object[] {20L, true, "Rome", 2.0},
        new Object[] {null, false, "Oslo", 3.0},
        new Object[] {40L, null, null, 4.0});
  }

  @Test
  void numbersAreImputedWithTheMedianThenStandardised() {
    Preprocessor p = Preprocessor.fit(train(), List.of("age"));

    // Median of 10, 20, 40 is 20; the filled column 10, 20, 20, 40 has mean 22.5 and
    // population standard deviation sqrt(118.75).
    double std = Math.sqrt(118.75);
    float[][] x = p.transform(train());
    assertThat(p.outputWidth()).isEqualTo(2);
    assertThat(p.outputNames()).containsExactly("age", "age (missing)");
    assertThat(x[0][0]).isCloseTo((float) ((10 - 22.5) / std), within(1e-6f));
    assertThat(x[2][0]).isCloseTo((float) ((20 - 22.5) / std), within(1e-6f));
    assertThat(column(x, 1)).containsExactly(0f, 0f, 1f, 0f);
  }

  @Test
  void completeColumnsGetNoMissingIndicator() {
    Preprocessor p = Preprocessor.fit(train(), List.of("score"));

    float[][] x = p.transform(train());
    assertThat(p.outputWidth()).isEqualTo(1);
    // 1..4: mean 2.5, population std sqrt(1.25).
    assertThat(x[3][0]).isCloseTo((float) (1.5 / Math.sqrt(1.25)), within(1e-6f));
  }

  @Test
  void constantColumnsBecomeZeroNotNaN() {
    DataTable t = TestTables.table(List.of(new ColumnSchema("k", ColumnType.DECIMAL)),
        new Object[] {5.0}, new Object[] {5.0});

    float[][] x = Preprocessor.fit(t, List.of("k")).transform(t);

    assertThat(column(x, 0)).containsExactly(0f, 0f);
  }

  @Test
  void booleansAreZeroOneWithTheModeForGaps() {
    Preprocessor p = Preprocessor.fit(train(), List.of("member"));

    assertThat(column(p.transform(train()), 0)).containsExactly(1f, 1f, 0f, 1f);
  }

  @Test
  void booleanTieFillsWithOneHalf() {
    DataTable t = TestTables.table(List.of(new ColumnSchema("b", ColumnType.BOOLEAN)),
        new Object[] {true}, new Object[] {false}, new Object[] {null});

    assertThat(column(Preprocessor.fit(t, List.of("b")).transform(t), 0))
        .containsExactly(1f, 0f, 0.5f);
  }

  @Test
  void categoriesAreOneHotAndMissingIsAllZeros() {
    Preprocessor p = Preprocessor.fit(train(), List.of("city"));

    float[][] x = p.transform(train());
    assertThat(p.outputNames()).containsExactly("city=Oslo", "city=Rome");
    assertThat(x).isDeepEqualTo(new float[][] {{1, 0}, {0, 1}, {1, 0}, {0, 0}});
  }

  @Test
  void unseenCategoryIsAllZerosWithoutOtherSlot() {
    Preprocessor p = Preprocessor.fit(train(), List.of("city"));
    DataTable later = TestTables.table(List.of(new ColumnSchema("city", ColumnType.CATEGORICAL)),
        new Object[] {"Paris"});

    assertThat(p.transform(later)).isDeepEqualTo(new float[][] {{0, 0}});
  }

  @Test
  void rareCategoriesShareTheOtherSlot() {
    List<Object[]> rows = new ArrayList<>();
    for (int c = 0; c < 60; c++) {
      // Category c occurs 60 - c times, so c0..c49 are the 50 most frequent.
      for (int k = 0; k < 60 - c; k++) {
        rows.add(new Object[] {"c" + c});
      }
    }
    List<ColumnSchema> schema = List.of(new ColumnSchema("code", ColumnType.CATEGORICAL));
    Preprocessor p = Preprocessor.fit(DataTable.fromRows(schema, rows), List.of("code"));
    DataTable later = TestTables.table(schema,
        new Object[] {"c0"}, new Object[] {"c55"}, new Object[] {"never seen"});

    float[][] x = p.transform(later);

    assertThat(p.outputWidth()).isEqualTo(Preprocessor.MAX_CATEGORIES + 1);
    int other = Preprocessor.MAX_CATEGORIES;
    assertThat(p.outputNames().get(other)).isEqualTo("code (other)");
    assertThat(sum(x[0])).isEqualTo(1f);
    assertThat(x[0][p.outputNames().indexOf("code=c0")]).isEqualTo(1f);
    assertThat(x[1][other]).isEqualTo(1f);
    assertThat(sum(x[1])).isEqualTo(1f);
    assertThat(x[2][other]).isEqualTo(1f);
  }

  @Test
  void predictionTableMayTypeColumnsDifferently() {
    List<ColumnSchema> trainSchema = List.of(
        new ColumnSchema("code", ColumnType.CATEGORICAL),
        new ColumnSchema("amount", ColumnType.DECIMAL),
        new ColumnSchema("flag", ColumnType.BOOLEAN));
    DataTable train = TestTables.table(trainSchema,
        new Object[] {"1", 1.0, true},
        new Object[] {"2", 3.0, false},
        new Object[] {"1", 2.0, true});
    Preprocessor p = Preprocessor.fit(train, List.of("code", "amount", "flag"));
    // The same columns read back as a number, text and text.
    List<ColumnSchema> laterSchema = List.of(
        new ColumnSchema("code", ColumnType.INTEGER),
        new ColumnSchema("amount", ColumnType.CATEGORICAL),
        new ColumnSchema("flag", ColumnType.CATEGORICAL));
    DataTable later = TestTables.table(laterSchema,
        new Object[] {2L, "3.0", "no"}, new Object[] {1L, "n/a", "yes"});

    float[][] x = p.transform(later);

    double std = Math.sqrt(2.0 / 3);
    assertThat(x[0]).containsExactly(0f, 1f, (float) (1 / std), 0f);
    // "n/a" is not a number: imputed with the median 2.0, which is the mean, so 0.
    assertThat(x[1]).containsExactly(1f, 0f, 0f, 1f);
  }

  @Test
  void datesAreNumbersOfDays() {
    List<ColumnSchema> schema = List.of(new ColumnSchema("day", ColumnType.DATE));
    DataTable train = TestTables.table(schema,
        new Object[] {LocalDate.of(2024, 1, 1)}, new Object[] {LocalDate.of(2024, 1, 3)});
    Preprocessor p = Preprocessor.fit(train, List.of("day"));
    DataTable later = TestTables.table(List.of(new ColumnSchema("day", ColumnType.CATEGORICAL)),
        new Object[] {"2024-01-03"});

    assertThat(p.transform(train)).isDeepEqualTo(new float[][] {{-1f}, {1f}});
    assertThat(p.transform(later)).isDeepEqualTo(new float[][] {{1f}});
  }

  @Test
  void missingFeatureColumnIsAPlainError() {
    Preprocessor p = Preprocessor.fit(train(), List.of("age", "city"));
    DataTable later = TestTables.table(List.of(new ColumnSchema("age", ColumnType.INTEGER)),
        new Object[] {1L});

    assertThatThrownBy(() -> p.transform(later))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The data has no column 'city' that the model needs.");
    assertThatThrownBy(() -> Preprocessor.fit(later, List.of("city")))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The data has no column 'city' that the model needs.");
  }

  @Test
  void jsonRoundTripKeepsTheEncoding(@TempDir Path dir) throws Exception {
    Preprocessor p = Preprocessor.fit(train(), List.of("age", "member", "city", "score"));

    Preprocessor back = Preprocessor.fromJson(p.toJson());
    p.save(dir.resolve("prep.json"));
    Preprocessor fromFile = Preprocessor.load(dir.resolve("prep.json"));

    assertThat(back).isEqualTo(p);
    assertThat(fromFile).isEqualTo(p);
    assertThat(back.featureColumns()).containsExactly("age", "member", "city", "score");
    assertThat(back.outputWidth()).isEqualTo(2 + 1 + 2 + 1);
    assertThat(back.transform(train())).isDeepEqualTo(p.transform(train()));
    assertThat(p.toJson()).contains("\"encoding\" : \"categorical\"", "\"median\"");
  }

  @Test
  void damagedJsonIsAPlainError() {
    assertThatThrownBy(() -> Preprocessor.fromJson("{\"columns\": 3"))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("The saved preprocessing is damaged");
  }

  @Test
  void featureColumnsMustBeGiven() {
    assertThatThrownBy(() -> Preprocessor.fit(train(), List.of()))
        .isInstanceOf(WorkbenchException.class);
  }

  private static float[] column(float[][] x, int c) {
    float[] out = new float[x.length];
    for (int r = 0; r < x.length; r++) {
      out[r] = x[r][c];
    }
    return out;
  }

  private static float sum(float[] row) {
    float s = 0;
    for (float v : row) {
      s += v;
    }
    return s;
  }
}
