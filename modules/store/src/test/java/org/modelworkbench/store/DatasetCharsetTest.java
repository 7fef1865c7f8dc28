package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;

/** The charset a dataset's text was read in is kept with it; projects from before it still open. */
class DatasetCharsetTest {
  @TempDir Path dir;

  @Test
  void bothSavingRoutesKeepTheCharset() {
    DataTable table = Fixtures.numbered(3);
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      DatasetInfo inTable = project.datasets().insert("ru", "ru.csv", Fixtures.sha("ru"), "windows-1251", table,
          Fixtures.profiles(table), List.of(), null, null);
      DatasetInfo inFiles;
      List<ColumnSchema> columns = List.of(new ColumnSchema("n", ColumnType.INTEGER));
      try (DatasetAppender appender = project.datasets().openAppender("ja", columns)) {
        appender.append(new Object[] {1L});
        inFiles = appender.commit("ja.csv", Fixtures.sha("ja"), "windows-31j",
            List.of(new ColumnProfile("n", ColumnType.INTEGER, 0, 1, 1.0, 1.0, 1.0, 0.0, null, null)), List.of(),
            CancellationToken.none());
      }
      DatasetInfo excel = Fixtures.save(project, "xlsx", table);

      assertThat(inTable.charset()).isEqualTo("windows-1251");
      assertThat(inFiles.charset()).isEqualTo("windows-31j");
      assertThat(project.datasets().find(inTable.id()).orElseThrow().charset()).isEqualTo("windows-1251");
      assertThat(project.datasets().find(inFiles.id()).orElseThrow().charset()).isEqualTo("windows-31j");
      assertThat(project.datasets().find(excel.id()).orElseThrow().charset()).isNull();
    }
  }

  @Test
  void aProjectSavedBeforeTheColumnOpensWithNoCharset() {
    long id;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      id = Fixtures.save(project, "old", Fixtures.numbered(2)).id();
      // Put the schema back to what a program from before migration V5 left (so without the later
      // V6 too: Flyway refuses to apply a lower version after a higher one).
      SchemaQueries.execute(project, "ALTER TABLE runs DROP COLUMN training_route");
      SchemaQueries.execute(project, "ALTER TABLE datasets DROP COLUMN charset");
      SchemaQueries.execute(project, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('5', '6')");
    }

    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      DatasetInfo old = project.datasets().find(id).orElseThrow();
      assertThat(old.name()).isEqualTo("old");
      assertThat(old.charset()).isNull();
      assertThat(project.datasets().rows(id).rowCount()).isEqualTo(2);
    }
  }
}
