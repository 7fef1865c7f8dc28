package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

class ProjectDatabaseTest {
  @TempDir Path dir;

  @Test
  void firstOpenCreatesFolderDatabaseArtifactsAndSchema() throws Exception {
    Path projectDir = dir.resolve("my project ☃").resolve("nested");

    try (ProjectDatabase project = ProjectDatabase.open(projectDir)) {
      assertThat(project.projectDir()).isEqualTo(projectDir.toRealPath());
      assertThat(projectDir.resolve("workbench.mv.db")).isRegularFile();
      assertThat(project.artifacts().root()).isEqualTo(project.projectDir().resolve("artifacts")).isDirectory();
      assertThat(SchemaQueries.tables(project)).contains("DATASETS", "DATASET_COLUMNS", "DATASET_REJECTS", "RUNS",
          "RUN_SPLITS", "RUN_EPOCHS", "MODELS", "EVALUATIONS", "PREDICTIONS", "flyway_schema_history");
      assertThat(project.interruptedOnOpen()).isZero();
    }
  }

  @Test
  void reopeningKeepsEverything() {
    DatasetInfo dataset;
    long runId;
    long modelId;
    DataTable table = Fixtures.allTypes();
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      dataset = Fixtures.save(project, "all", table);
      runId = project.runs().start(dataset.id(), Fixtures.settings("label"), Task.CLASSIFICATION, Fixtures.cpu(),
          Fixtures.versions(), Fixtures.split());
      project.runs().addEpoch(runId, new EpochMetrics(1, 1, 1, 0.5, 100, 10));
      modelId = project.models().insert("m", "mlp", "PyTorch", "runs/1", Task.CLASSIFICATION, null, runId,
          dataset.id()).id();
      project.runs().finish(runId, RunStatus.COMPLETED, null, modelId, Fixtures.classification());
      project.evaluations().insert(runId, modelId, dataset.id(), "test", Fixtures.classification());
      project.predictions().insert(runId, modelId, "in.csv", "out.csv", 5);
    }

    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(project.datasets().list()).containsExactly(dataset);
      assertThat(project.datasets().rows(dataset.id())).isEqualTo(table);
      RunInfo run = project.runs().find(runId).orElseThrow();
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.testMetrics()).usingRecursiveComparison().isEqualTo(Fixtures.classification());
      assertThat(project.runs().curve(runId)).hasSize(1);
      assertThat(project.runs().split(runId)).usingRecursiveComparison().isEqualTo(Fixtures.split());
      assertThat(project.models().find(modelId)).isPresent();
      assertThat(project.evaluations().forRun(runId)).hasSize(1);
      assertThat(project.predictions().count()).isEqualTo(1);
      assertThat(project.interruptedOnOpen()).isZero();
    }
  }

  @Test
  void aRunLeftRunningIsInterruptedOnReopenWithItsCurve() {
    long runId;
    long withoutEpochs;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      long datasetId = Fixtures.save(project, "d", Fixtures.numbered(4)).id();
      withoutEpochs = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
      runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
      project.runs().addEpoch(runId, new EpochMetrics(1, 2.0, 2.5, 1.5, 50, 100));
      project.runs().addEpoch(runId, new EpochMetrics(2, 1.0, 1.5, 1.2, 55, 200));
      // Closing without finish() is what a crashed process leaves behind.
    }

    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(project.interruptedOnOpen()).isEqualTo(2);
      assertThat(project.runs().find(withoutEpochs).orElseThrow().endedAt()).isNull();
      RunInfo run = project.runs().find(runId).orElseThrow();
      assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
      assertThat(run.error()).isEqualTo(RunRepository.INTERRUPTED_ERROR);
      assertThat(run.endedAt()).isEqualTo(run.startedAt().plusMillis(200));
      assertThat(project.runs().curve(runId)).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    }
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(project.interruptedOnOpen()).isZero();
    }
  }

  @Test
  void tablesOfUnfinishedImportsAreDroppedOnOpen() {
    DatasetInfo kept;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      kept = Fixtures.save(project, "kept", Fixtures.numbered(2));
      // What a process that died in the middle of an import leaves: a table with no catalogue row.
      SchemaQueries.execute(project, "CREATE TABLE \"DATA_999\" (\"ROW_NO\" BIGINT PRIMARY KEY)");
      SchemaQueries.execute(project, "CREATE TABLE \"DATA_notes\" (x INT)");
    }

    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThat(SchemaQueries.dataTables(project)).containsExactly("DATA_" + kept.id());
      assertThat(SchemaQueries.tables(project)).contains("DATA_notes");
      assertThat(project.datasets().rows(kept.id()).rowCount()).isEqualTo(2);
    }
  }

  @Test
  void aProjectFromANewerProgramIsRefusedPlainly() {
    Path projectDir;
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      projectDir = project.projectDir();
      // What a later version's migration V99 would leave in Flyway's history.
      SchemaQueries.execute(project, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
          + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
          + "\"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
    }

    assertThatThrownBy(() -> ProjectDatabase.open(dir))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The project " + projectDir + " was saved by a newer Model Workbench; update the program to "
            + "open it.");
    assertThatThrownBy(() -> ProjectDatabase.open(dir)).isInstanceOf(WorkbenchException.class);
  }

  @Test
  void aSecondOpenInThisProcessIsRefusedPlainly() {
    try (ProjectDatabase project = ProjectDatabase.open(dir)) {
      assertThatThrownBy(() -> ProjectDatabase.open(dir.resolve(".")))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("The project " + project.projectDir()
              + " is open in another Model Workbench window or command; close it and try again.");
      assertThat(project.predictions().count()).isZero();
    }
    ProjectDatabase.open(dir).close();
  }

  @Test
  void anOpenInAnotherProcessIsRefusedPlainly() throws Exception {
    Path projectDir;
    try (ProjectDatabase created = ProjectDatabase.open(dir)) {
      projectDir = created.projectDir();
    }
    // H2 locks the file against other processes only, so the other window is a real second JVM
    // (quick-start JIT flags: it only opens a project).
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), projectDir.toString())
        .redirectErrorStream(true)
        .start();
    try {
      List<String> output = awaitReady(holder);
      assertThat(output).as("output of the other process").contains(LockHolder.READY);

      assertThatThrownBy(() -> ProjectDatabase.open(projectDir))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("The project " + projectDir
              + " is open in another Model Workbench window or command; close it and try again.")
          .rootCause().hasMessageContaining("locked");

      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      ProjectDatabase.open(projectDir).close();
    } finally {
      holder.destroyForcibly();
    }
  }

  /** Reads the other process's output up to its ready line (or its end). */
  private static List<String> awaitReady(Process process) throws Exception {
    List<String> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      lines.add(line);
      if (line.equals(LockHolder.READY)) {
        break;
      }
    }
    return lines;
  }

  @Test
  void closedProjectsRefuseWorkAndLeaveNoTraceFiles() throws Exception {
    ProjectDatabase project = ProjectDatabase.open(dir);
    project.models().insert("same", "mlp", "PyTorch", "p", Task.REGRESSION, null, null, null);
    assertThatThrownBy(() -> project.models().insert("same", "mlp", "PyTorch", "p", Task.REGRESSION, null, null,
        null)).isInstanceOf(WorkbenchException.class);
    project.close();
    project.close();

    assertThatThrownBy(() -> project.predictions().count())
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The project database is closed.");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("workbench.mv.db",
          "artifacts", dir.getFileName() + ProjectFile.EXTENSION);
    }
  }

  @Test
  void closingReleasesTheFileLock() throws Exception {
    ProjectDatabase.open(dir).close();

    assertUnlocked(dir.resolve("workbench.mv.db"));
  }

  @Test
  void closingReleasesTheFileLockEvenWhileAConnectionIsInUse() throws Exception {
    ProjectDatabase project = ProjectDatabase.open(dir);
    // A background task that has not given its connection back yet (H2 logs an error when it
    // finally closes the connection the shutdown already closed; that is expected here).
    try (Connection busy = project.database().connection()) {
      project.close();

      assertThat(busy.isClosed()).isTrue();
      assertUnlocked(dir.resolve("workbench.mv.db"));
    }
  }

  /** Fails if any process, this one included, still holds a lock on the file. */
  private static void assertUnlocked(Path file) throws Exception {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      assertThat(lock).isNotNull();
    }
  }

  @Test
  void aFileIsNotAProject() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello");

    assertThatThrownBy(() -> ProjectDatabase.open(file))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The project path " + file + " is a file, not a folder.");
  }
}
