package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;

/** How a column profile reads on screen. */
class ProfileFactsTest {
  @Test
  void numericColumnShowsMissingShareAndStatistics() {
    ColumnProfile profile = new ColumnProfile("amount", ColumnType.DECIMAL, 5, 80, 1.5, 250.0, 42.123456, 3.2,
        List.of(), List.of(new HistogramBin(1.5, 10, 60), new HistogramBin(10, 250, 35)));
    List<ProfileFacts.Fact> facts = ProfileFacts.facts(profile, 100);
    assertThat(facts).extracting(ProfileFacts.Fact::label)
        .containsExactly("Type", "Missing", "Distinct", "Min", "Max", "Mean", "Std. dev.");
    assertThat(facts.get(1).value()).isEqualTo("5 (5.0%)");
    assertThat(facts.get(5).value()).isEqualTo("42.12");
    assertThat(ProfileFacts.chartTitle(profile)).isEqualTo("Distribution");
    assertThat(ProfileFacts.bars(profile, 15)).extracting(ProfileFacts.Bar::label).containsExactly("1.5–10", "10–250");
  }

  @Test
  void datesReadAsDates() {
    ColumnProfile profile = new ColumnProfile("closing_date", ColumnType.DATE, 0, 3, 19_000.0, 19_010.0, null, null,
        List.of(), List.of());
    assertThat(ProfileFacts.facts(profile, 3)).contains(new ProfileFacts.Fact("Min", "2022-01-08"),
        new ProfileFacts.Fact("Max", "2022-01-18"));
  }

  @Test
  void categoricalColumnShowsItsTopValuesAtMostTheLimitAndNamesMissingValues() {
    ColumnProfile profile = new ColumnProfile("species", ColumnType.CATEGORICAL, 0, 3, null, null, null, null,
        List.of(new ValueCount("setosa", 50), new ValueCount(null, 20), new ValueCount("virginica", 10)), List.of());
    assertThat(ProfileFacts.chartTitle(profile)).isEqualTo("Most frequent values");
    assertThat(ProfileFacts.bars(profile, 2)).containsExactly(new ProfileFacts.Bar("setosa", 50),
        new ProfileFacts.Bar("(missing)", 20));
  }

  @Test
  void barLabelsStayUniqueForTheChartAxis() {
    ColumnProfile profile = new ColumnProfile("tiny", ColumnType.DECIMAL, 0, 3, 0.0, 0.0, 0.0, 0.0, List.of(),
        List.of(new HistogramBin(0.000001, 0.000002, 1), new HistogramBin(0.000001, 0.000002, 2)));
    assertThat(ProfileFacts.bars(profile, 10)).extracting(ProfileFacts.Bar::label).doesNotHaveDuplicates();
  }
}
