package org.modelworkbench.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.sql.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open project: its embedded H2 database ({@code <project>/workbench.mv.db}), its artifacts
 * folder and the repositories over them.
 *
 * <p>Only one process can have a project open; a second gets a plain "open in another window"
 * error. Opening migrates the schema, marks runs left RUNNING by a process that died as
 * INTERRUPTED, drops row tables and dataset folders of imports that never finished, and writes the
 * project file ({@link ProjectFile}) when it is missing. Close it when done; the repositories stop
 * working then.
 */
public final class ProjectDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectDatabase.class);

  private final ProjectLocation location;
  private final Database database;
  private final ArtifactStore artifacts;
  private final DatasetRepository datasets;
  private final RunRepository runs;
  private final ModelRepository models;
  private final EvaluationRepository evaluations;
  private final PredictionRepository predictions;
  private final QualityRepository quality;
  private final int interruptedOnOpen;
  private boolean closed;

  private ProjectDatabase(ProjectLocation location, Database database, ArtifactStore artifacts,
      int interruptedOnOpen) {
    this.location = location;
    this.database = database;
    this.artifacts = artifacts;
    this.quality = new QualityRepository(database);
    this.datasets = new DatasetRepository(database, artifacts.datasetsDirectory());
    this.runs = new RunRepository(database);
    this.models = new ModelRepository(database);
    this.evaluations = new EvaluationRepository(database);
    this.predictions = new PredictionRepository(database);
    this.interruptedOnOpen = interruptedOnOpen;
  }

  /**
   * Opens a project, creating its folder and database on first use.
   *
   * @param projectDir the project folder
   * @return the open project; close it when done
   * @throws WorkbenchException if the project is open elsewhere, or cannot be read or prepared
   */
  public static ProjectDatabase open(Path projectDir) {
    long started = System.nanoTime();
    ProjectLocation location = ProjectLocation.prepare(projectDir);
    if (!ProjectGuard.claim(location.dir())) {
      throw OpenFailures.inUse(location.dir(), null);
    }
    Database database = null;
    try {
      database = connect(location);
      SchemaMigrator.migrate(database, location.dir());
      int interrupted = new RunRepository(database).markInterrupted();
      ProjectFile.ensure(location.dir());
      int orphans = database.read("Could not clean up unfinished imports.", OrphanTables::drop);
      ArtifactStore artifacts = new ArtifactStore(location.dir());
      orphans += deleteOrphanFolders(database, artifacts);
      ProjectDatabase project = new ProjectDatabase(location, database, artifacts, interrupted);
      LOG.info("Opened project {} in {} ms ({} interrupted runs, {} unfinished imports removed)",
          location.dir(), (System.nanoTime() - started) / 1_000_000, interrupted, orphans);
      return project;
    } catch (RuntimeException e) {
      if (database != null) {
        database.close();
      }
      ProjectGuard.release(location.dir());
      throw e;
    }
  }

  private static int deleteOrphanFolders(Database database, ArtifactStore artifacts) {
    List<String> names = database.read("Could not clean up unfinished imports.",
        DatasetCatalogue::folderStorageNames);
    try {
      return OrphanFolders.delete(artifacts.datasetsDirectory(), names);
    } catch (IOException e) {
      throw new WorkbenchException("Could not clean up unfinished imports in " + artifacts.datasetsDirectory()
          + " (" + e.getMessage() + ").", e);
    }
  }

  private static Database connect(ProjectLocation location) {
    try {
      return Database.connect(location.jdbcUrl());
    } catch (SQLException e) {
      throw OpenFailures.fromConnect(location.dir(), e);
    }
  }

  /** The project folder (its real absolute path). */
  public Path projectDir() {
    return location.dir();
  }

  /** The project's artifacts folder. */
  public ArtifactStore artifacts() {
    return artifacts;
  }

  /** The data-quality reports of the dataset versions. */
  public QualityRepository quality() {
    return quality;
  }

  /** The datasets. */
  public DatasetRepository datasets() {
    return datasets;
  }

  /** The training runs. */
  public RunRepository runs() {
    return runs;
  }

  /** The model library. */
  public ModelRepository models() {
    return models;
  }

  /** The stored evaluations. */
  public EvaluationRepository evaluations() {
    return evaluations;
  }

  /** The prediction log. */
  public PredictionRepository predictions() {
    return predictions;
  }

  /** The connection pool, for tests in this package that look at the schema directly. */
  Database database() {
    return database;
  }

  /** How many runs were found RUNNING, and marked INTERRUPTED, when the project was opened. */
  public int interruptedOnOpen() {
    return interruptedOnOpen;
  }

  /** Closes the database and releases the project for other windows and commands. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      database.close();
    } finally {
      ProjectGuard.release(location.dir());
      LOG.info("Closed project {}", location.dir());
    }
  }
}
