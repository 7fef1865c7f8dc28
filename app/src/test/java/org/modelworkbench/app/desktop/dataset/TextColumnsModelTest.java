package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.ReviewsCsv;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;

/** The dataset view's text parts over a real project, without a screen. */
class TextColumnsModelTest {
  @TempDir
  static Path dir;

  static Workbench workbench;
  static DatasetInfo reviews;

  @BeforeAll
  static void importReviews() {
    workbench = Workbench.open(dir.resolve("project"));
    reviews = workbench.imports().importFile(ReviewsCsv.write(dir.resolve("reviews.csv")), ImportRequest.defaults(),
        (f, m) -> { }, CancellationToken.none()).dataset();
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void aTextColumnsProfileIsReadWhenItIsChosen() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, reviews);
    ColumnProfile review = reviews.column("review").orElseThrow();
    model.texts().show(review);
    TextProfile profile = model.texts().profileProperty().get();
    assertThat(profile.column()).isEqualTo("review");
    assertThat(profile.texts()).isEqualTo(ReviewsCsv.ROWS);
    assertThat(ProfileFacts.textFacts(profile)).extracting(ProfileFacts.Fact::label)
        .containsExactly("Texts", "With no words", "Exact duplicates", "Median length", "Longest", "Tokens",
            "Cut at 128 tokens", "Most frequent words");
    assertThat(profile.tokens().limit()).as("counted with the default model's tokenizer").isEqualTo(128);
    assertThat(profile.tokens().lengths().max()).isGreaterThan(profile.words().max());
    assertThat(ProfileFacts.facts(review, reviews.rows())).extracting(ProfileFacts.Fact::label)
        .containsExactly("Type", "Missing", "Distinct", "Words");
    assertThat(ProfileFacts.chartTitle(review)).isEqualTo("Texts by length in words");
    assertThat(ProfileFacts.bars(review, 15)).isNotEmpty().allSatisfy(b -> assertThat(b.label()).matches("[0-9,]+(–[0-9,]+)?"));

    model.texts().show(reviews.column("city").orElseThrow());
    assertThat(model.texts().profileProperty().get()).isNull();
    assertThat(TextColumns.canSwitch(reviews.column("city").orElseThrow())).isTrue();
    assertThat(TextColumns.switchLabel(reviews.column("city").orElseThrow())).isEqualTo("Read as text");
    assertThat(TextColumns.switchLabel(review)).isEqualTo("Read as categories");
  }

  @Test
  void switchingATypeHandsTheStoredVersionOn() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, reviews);
    List<DatasetInfo> shown = new ArrayList<>();
    model.texts().setOnTypeChanged((changed, column) -> {
      assertThat(column).isEqualTo("product");
      shown.add(changed);
    });
    model.texts().switchType(reviews.column("product").orElseThrow());
    assertThat(shown).singleElement().satisfies(d ->
        assertThat(d.column("product").map(ColumnProfile::type)).contains(ColumnType.TEXT));
    DatasetViewModel again = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, shown.get(0));
    again.texts().switchType(shown.get(0).column("product").orElseThrow());
    assertThat(workbench.datasets().find(reviews.id()).column("product").map(ColumnProfile::type))
        .contains(ColumnType.CATEGORICAL);
  }

  @Test
  void aQuotedPhraseIsLookedForAsItIs() {
    assertThat(FilterText.parse("review", ColumnType.TEXT, "  \"late delivery\" "))
        .contains(new RowFilter.Contains("review", "late delivery"));
    assertThat(FilterText.parse("review", ColumnType.TEXT, "late")).contains(new RowFilter.Contains("review", "late"));
    assertThat(FilterText.parse("review", ColumnType.TEXT, "\"\"")).contains(new RowFilter.Contains("review", "\"\""));
    assertThat(FilterText.hint(ColumnType.TEXT)).isEqualTo("A word or \"a phrase\"");
  }

  @Test
  void theRowDetailShowsEachTextInFull() {
    List<ColumnProfile> columns = List.of(reviews.column("review").orElseThrow(),
        reviews.column("city").orElseThrow());
    assertThat(RowDetail.detail(columns, new Object[] {"Line one\nline two", "Oslo", 4})).isEqualTo(
        "Line one\nline two");
    assertThat(TextCells.oneLine("Line one\n  line two ")).isEqualTo("Line one line two");
    assertThat(TextCells.shortened("abcdef", 3)).isEqualTo("abc…");
  }
}
