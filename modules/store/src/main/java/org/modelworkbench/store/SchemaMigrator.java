package org.modelworkbench.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.sql.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a project's schema up to date with the Flyway migrations on the classpath. */
final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
  private static final String LOCATION = "classpath:db/migration";

  private SchemaMigrator() {}

  /**
   * Applies pending migrations; on an up-to-date schema this only validates.
   *
   * @throws WorkbenchException if migrating fails or the project was written by a newer program
   */
  static void migrate(Database database, Path projectDir) {
    try {
      // Our class loader, not the thread's: the desktop app may run this on a UI or pool thread.
      Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
          .dataSource(database.dataSource())
          .locations(LOCATION)
          .failOnMissingLocations(true)
          .load();
      // Flyway would ignore migrations it does not know; an older program must not touch a newer schema.
      MigrationInfo current = flyway.info().current();
      if (current != null && current.getState() == MigrationState.FUTURE_SUCCESS) {
        throw new WorkbenchException("The project " + projectDir
            + " was saved by a newer Model Workbench; update the program to open it.");
      }
      int applied = flyway.migrate().migrationsExecuted;
      if (applied > 0) {
        LOG.info("Applied {} schema migration(s) to {}", applied, projectDir);
      }
    } catch (FlywayException e) {
      throw new WorkbenchException("Could not prepare the project database in " + projectDir + ".", e);
    }
  }
}
