package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowView;

/**
 * The text type is stored by name like the others (no migration: older projects never hold it),
 * survives reopening, can be switched with categorical on a stored version, and text rows are
 * filtered by a phrase ignoring case.
 */
class TextColumnTypeTest {
  private static final List<ColumnSchema> COLUMNS = List.of(new ColumnSchema("review", ColumnType.CATEGORICAL),
      new ColumnSchema("label", ColumnType.CATEGORICAL));

  @TempDir Path dir;

  private static ColumnProfile profile(String name, ColumnType type) {
    return new ColumnProfile(name, type, 0, 3, null, null, null, null, null, null);
  }

  @Test
  void aStreamedColumnRelabelledAsTextIsStoredAsTextAndSwitchesBack() {
    DatasetInfo stored;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      try (DatasetAppender appender = project.datasets().openAppender("reviews", COLUMNS)) {
        appender.append(new Object[] {"The kettle arrived with a LATE DELIVERY notice", "other"});
        appender.append(new Object[] {"Great kettle, boils fast and looks good", "great"});
        appender.append(new Object[] {"Late delivery again, and the box was wet", "other"});
        appender.relabel(0, ColumnType.TEXT);
        assertThat(appender.columns().get(0).type()).isEqualTo(ColumnType.TEXT);
        stored = appender.commit("reviews.csv", "ab", List.of(profile("review", ColumnType.TEXT),
            profile("label", ColumnType.CATEGORICAL)), List.of(), null);
      }
      RowView late = project.datasets().view(stored.id(),
          new RowQuery(null, List.of(new RowFilter.Contains("review", "late delivery"))), null);
      assertThat(late.rowCount()).isEqualTo(2);
    }
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      DatasetInfo reopened = project.datasets().find(stored.id()).orElseThrow();
      assertThat(reopened.column("review").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
      assertThat(project.datasets().columns(stored.id()).columns().get(0).type()).isEqualTo(ColumnType.TEXT);
      assertThat(project.datasets().rows(stored.id()).value(1, 0)).isEqualTo("Great kettle, boils fast and looks good");

      project.quality().save(stored.id(), new QualityReport(List.of()));
      DatasetInfo categorical = project.datasets().changeColumnType(reopened, profile("review", ColumnType.CATEGORICAL));
      assertThat(categorical.column("review").orElseThrow().type()).isEqualTo(ColumnType.CATEGORICAL);
      assertThat(project.quality().find(stored.id())).as("findings depend on the types").isEmpty();
      assertThat(project.datasets().rows(stored.id()).value(2, 0)).isEqualTo("Late delivery again, and the box was wet");
      assertThatThrownBy(() -> project.datasets().changeColumnType(categorical, profile("review", ColumnType.DATE)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
