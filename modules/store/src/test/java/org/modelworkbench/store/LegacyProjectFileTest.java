package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;

/**
 * A project written by an earlier H2 still opens through the store's normal path and keeps its
 * rows. The fixture was written by H2 2.3.232 and Flyway 11.20.3 with {@link H2FixtureWriter};
 * see docs/decisions/0009-h2-version.md.
 */
class LegacyProjectFileTest {
  private static final String FIXTURE = "/fixtures/h2-2.3.232-project/";

  @TempDir Path dir;

  @Test
  void theFixtureWasWrittenByH2_2_3_232() throws IOException {
    Properties made = new Properties();
    try (InputStream in = getClass().getResourceAsStream(FIXTURE + "fixture.properties")) {
      made.load(in);
    }
    assertThat(made.getProperty("h2.version")).startsWith("2.3.232 ");
    assertThat(made.getProperty("flyway.version")).isEqualTo("11.20.3");
  }

  @Test
  void aProjectWrittenByH2_2_3_232_OpensWithItsRowsAndTakesNewOnes() throws IOException {
    Path projectDir = unpackFixture();
    long added;
    try (ProjectDatabase project = ProjectDatabase.open(projectDir)) {
      assertFixtureRows(project);
      // The run left RUNNING in the fixture is marked INTERRUPTED: the old file takes writes.
      assertThat(project.interruptedOnOpen()).isEqualTo(1);
      added = Fixtures.save(project, "added later", Fixtures.numbered(7)).id();
    }

    try (ProjectDatabase project = ProjectDatabase.open(projectDir)) {
      assertFixtureRows(project);
      assertThat(project.interruptedOnOpen()).isZero();
      assertThat(project.datasets().rows(added)).isEqualTo(Fixtures.numbered(7));
    }
  }

  private Path unpackFixture() throws IOException {
    Path projectDir = dir.resolve("project");
    Files.createDirectories(projectDir);
    try (InputStream in = new GZIPInputStream(
        getClass().getResourceAsStream(FIXTURE + H2FixtureWriter.PACKED_FILE))) {
      Files.copy(in, projectDir.resolve(ProjectLocation.DATABASE_NAME + ".mv.db"));
    }
    return projectDir;
  }

  private static void assertFixtureRows(ProjectDatabase project) {
    DatasetInfo all = project.datasets().latest(H2FixtureWriter.ALL_TYPES).orElseThrow();
    assertThat(all.version()).isEqualTo(1);
    assertThat(all.sourceFile()).isEqualTo("all.csv");
    assertThat(all.sha256()).isEqualTo(Fixtures.sha(H2FixtureWriter.ALL_TYPES));
    assertThat(all.charset()).isEqualTo(H2FixtureWriter.CHARSET);
    assertThat(all.rows()).isEqualTo(5);
    assertThat(all.columns()).usingRecursiveComparison().isEqualTo(Fixtures.profiles(Fixtures.allTypes()));
    assertThat(project.datasets().rows(all.id())).isEqualTo(Fixtures.allTypes());
    assertThat(project.quality().find(all.id())).contains(H2FixtureWriter.QUALITY);

    DatasetInfo numbered = project.datasets().latest(H2FixtureWriter.NUMBERED).orElseThrow();
    assertThat(project.datasets().rows(numbered.id()))
        .isEqualTo(Fixtures.numbered(H2FixtureWriter.NUMBERED_ROWS));

    List<ModelInfo> models = project.models().list();
    assertThat(models).extracting(ModelInfo::name).containsExactly("fixture model");
    ModelInfo model = models.get(0);
    RunInfo run = project.runs().find(model.runId()).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.datasetId()).isEqualTo(all.id());
    assertThat(run.testMetrics()).usingRecursiveComparison().isEqualTo(Fixtures.classification());
    assertThat(project.runs().curve(run.id()))
        .containsExactly(H2FixtureWriter.FIRST_EPOCH, H2FixtureWriter.SECOND_EPOCH);
    assertThat(project.runs().split(run.id())).usingRecursiveComparison().isEqualTo(Fixtures.split());
    assertThat(project.evaluations().forRun(run.id())).hasSize(1);
    assertThat(project.predictions().count()).isEqualTo(1);

    RunInfo left = project.runs().list().stream().filter(r -> r.datasetId() == numbered.id()).findFirst()
        .orElseThrow();
    assertThat(left.status()).isEqualTo(RunStatus.INTERRUPTED);
  }
}
