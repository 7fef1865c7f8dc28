package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;

/**
 * Writes the project fixture that {@link LegacyProjectFileTest} opens: a small project made with
 * the store code and the H2 version of the moment, so that a later H2 can be checked against a file
 * an earlier one wrote. Not a test: its name matches no Surefire pattern, and it only runs when
 * asked for, with the folder to write into:
 *
 * <pre>
 * ./mvnw -B -ntp -o -q -pl modules/store -am test -Dtest=H2FixtureWriter \
 *     -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dworkbench.fixture.out=$PWD/modules/store/src/test/resources/fixtures/h2-2.3.232-project
 * </pre>
 *
 * <p>The committed fixture was written by H2 2.3.232 and Flyway 11.20.3 (see its
 * {@code fixture.properties}). Keep it: rewriting it with a newer H2 would stop testing the upgrade.
 */
class H2FixtureWriter {
  static final String OUT_PROPERTY = "workbench.fixture.out";
  /** The project's {@code workbench.mv.db}, gzipped. */
  static final String PACKED_FILE = ProjectLocation.DATABASE_NAME + ".mv.db.gz";

  /** The datasets, run, model, evaluation and prediction of the fixture, as written. */
  static final String ALL_TYPES = "all types";
  static final String NUMBERED = "numbered";
  static final int NUMBERED_ROWS = 50;
  static final String CHARSET = "windows-1250";
  static final QualityReport QUALITY = new QualityReport(List.of(
      new QualityFinding(QualityFinding.Severity.WARNING, "missing-values", "amount", "2 of 5 values are missing.", 2)));
  static final EpochMetrics FIRST_EPOCH = new EpochMetrics(1, 0.9, 0.8, 0.6, 120, 15);
  static final EpochMetrics SECOND_EPOCH = new EpochMetrics(2, 0.5, 0.55, 0.7, 130, 30);

  @TempDir Path work;

  @Test
  @EnabledIfSystemProperty(named = OUT_PROPERTY, matches = ".+")
  void writeFixture() throws IOException {
    Path out = Path.of(System.getProperty(OUT_PROPERTY));
    Path projectDir = work.resolve("project");
    try (ProjectDatabase project = ProjectDatabase.open(projectDir)) {
      write(project);
    }
    Files.createDirectories(out);
    // Gzipped: the file is mostly empty blocks (68 KB, 10 KB packed).
    try (OutputStream packed = new GZIPOutputStream(Files.newOutputStream(out.resolve(PACKED_FILE)))) {
      Files.copy(projectDir.resolve(ProjectLocation.DATABASE_NAME + ".mv.db"), packed);
    }

    Properties made = new Properties();
    made.setProperty("h2.version", org.h2.engine.Constants.FULL_VERSION);
    made.setProperty("flyway.version", flywayVersion());
    made.setProperty("made.by", H2FixtureWriter.class.getName());
    try (OutputStream stream = Files.newOutputStream(out.resolve("fixture.properties"))) {
      made.store(stream, "Project fixture written by the store code; do not rewrite it with a newer H2");
    }
    assertThat(out.resolve(PACKED_FILE)).isRegularFile();
  }

  /** Flyway's version, from the resource its jar carries. */
  private static String flywayVersion() throws IOException {
    try (InputStream in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  /** The fixture's content: every kind of row the store keeps in H2. */
  static void write(ProjectDatabase project) {
    DataTable allTypes = Fixtures.allTypes();
    DatasetInfo all = project.datasets().insert(ALL_TYPES, "all.csv", Fixtures.sha(ALL_TYPES), CHARSET, allTypes,
        Fixtures.profiles(allTypes), List.of(), null, null);
    project.quality().save(all.id(), QUALITY);
    DatasetInfo numbered = Fixtures.save(project, NUMBERED, Fixtures.numbered(NUMBERED_ROWS));

    long runId = project.runs().start(all.id(), Fixtures.settings("label"), Task.CLASSIFICATION, Fixtures.cpu(),
        Fixtures.versions(), Fixtures.split());
    project.runs().addEpoch(runId, FIRST_EPOCH);
    project.runs().addEpoch(runId, SECOND_EPOCH);
    long modelId = project.models().insert("fixture model", "mlp", "PyTorch", "runs/1", Task.CLASSIFICATION, null,
        runId, all.id()).id();
    project.runs().finish(runId, RunStatus.COMPLETED, null, modelId, Fixtures.classification());
    project.evaluations().insert(runId, modelId, all.id(), "test", Fixtures.classification());
    project.predictions().insert(runId, modelId, "in.csv", "out.csv", 5);

    // A run still RUNNING when the file was closed: opening it later marks it INTERRUPTED (a write).
    project.runs().start(numbered.id(), Fixtures.settings("n"), Task.REGRESSION, null, null, null);
  }
}
