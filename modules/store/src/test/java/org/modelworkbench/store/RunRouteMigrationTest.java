package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/**
 * Migration V6 names the training route of runs recorded before routes were stored, from what
 * identified them until then; a new run stores the route it is given.
 */
class RunRouteMigrationTest {
  @TempDir Path dir;

  @Test
  void runsFromBeforeRoutesGetTheRouteTheirSettingsAndDatasetIdentify() {
    long tabular;
    long image;
    long full;
    long head;
    long headOnTable;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      long table = Fixtures.save(project, "iris", Fixtures.numbered(5)).id();
      long pictures = Fixtures.save(project, "digits", pictures()).id();
      tabular = project.runs().start(table, Fixtures.settings("text"), Task.CLASSIFICATION, null, null, null);
      image = project.runs().start(pictures, TrainingSettings.defaults("class", ModelKind.CNN),
          Task.CLASSIFICATION, null, null, null);
      // A SavedModel fine-tune on pictures is recorded as a CNN too: its strategy decides.
      full = project.runs().start(pictures, TrainingSettings.defaults("class", ModelKind.CNN),
          Task.CLASSIFICATION, null, null, null);
      project.runs().addHyperparameters(full, Map.of("strategy", "full"), TrainingSettings.defaults("class").asMap());
      head = project.runs().start(pictures, TrainingSettings.defaults("class", ModelKind.CNN),
          Task.CLASSIFICATION, null, null, null);
      project.runs().addHyperparameters(head, Map.of("strategy", "head", "signature", "features"),
          TrainingSettings.defaults("class").asMap());
      headOnTable = project.runs().start(table, Fixtures.settings("text"), Task.CLASSIFICATION, null, null, null);
      project.runs().addHyperparameters(headOnTable, Map.of("strategy", "head"), Fixtures.settings("text").asMap());
      // What a project written before V6 looks like: no route column, and V6 not in Flyway's history.
      SchemaQueries.execute(project, "ALTER TABLE runs DROP COLUMN training_route");
      SchemaQueries.execute(project, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
    }

    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(route(project, tabular)).isEqualTo("tabular");
      assertThat(route(project, image)).isEqualTo("image");
      assertThat(route(project, full)).isEqualTo("savedmodel-full");
      assertThat(route(project, head)).isEqualTo("savedmodel-head");
      assertThat(route(project, headOnTable)).isEqualTo("savedmodel-head");
    }
  }

  @Test
  void aNewRunKeepsTheRouteItWasStartedOn() {
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      long table = Fixtures.save(project, "iris", Fixtures.numbered(5)).id();
      long routed = project.runs().start(table, Fixtures.settings("text"), Task.CLASSIFICATION, Fixtures.cpu(),
          Fixtures.versions(), Fixtures.split(), "savedmodel-head");
      long unrouted = project.runs().start(table, Fixtures.settings("text"), Task.CLASSIFICATION, null, null, null);
      assertThat(project.runs().find(routed).orElseThrow().route()).isEqualTo("savedmodel-head");
      assertThat(project.runs().list()).filteredOn(r -> r.id() == routed).singleElement()
          .extracting(r -> r.route()).isEqualTo("savedmodel-head");
      assertThat(project.runs().find(unrouted).orElseThrow().route()).isNull();
    }
  }

  private static String route(ProjectDatabase project, long runId) {
    return project.runs().find(runId).orElseThrow().route();
  }

  /** The columns of the image-folder import, two pictures. */
  private static DataTable pictures() {
    return DataTable.fromRows(List.of(new ColumnSchema("file", ColumnType.CATEGORICAL),
            new ColumnSchema("class", ColumnType.CATEGORICAL), new ColumnSchema("width", ColumnType.INTEGER),
            new ColumnSchema("height", ColumnType.INTEGER), new ColumnSchema("channels", ColumnType.INTEGER)),
        List.of(new Object[] {"0/a.png", "0", 8L, 8L, 1L}, new Object[] {"1/b.png", "1", 8L, 8L, 1L}));
  }
}
