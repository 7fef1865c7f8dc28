package org.modelworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modelworkbench.model.WorkbenchException;

/**
 * Where a project's files are: its folder, made if missing, and the JDBC URL of its database file
 * {@code <project>/workbench.mv.db}.
 *
 * @param dir the project folder's real absolute path
 */
record ProjectLocation(Path dir) {
  /** The database file's base name; H2 adds {@code .mv.db}. */
  static final String DATABASE_NAME = "workbench";

  /**
   * Creates the folder if needed and resolves its real path, so two spellings of one folder are
   * one project.
   *
   * @throws WorkbenchException if the folder cannot be made or H2 cannot address it
   */
  static ProjectLocation prepare(Path projectDir) {
    Path absolute = projectDir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new WorkbenchException("The project path " + absolute + " is a file, not a folder.");
    }
    Path real;
    try {
      real = Files.createDirectories(absolute).toRealPath();
    } catch (IOException e) {
      throw new WorkbenchException("Could not create the project folder " + absolute + ".", e);
    }
    // H2 reads ';' in a URL as the start of a setting; it cannot be escaped.
    if (real.toString().indexOf(';') >= 0) {
      throw new WorkbenchException("The project folder " + real
          + " has a ';' in its path, which the database cannot use; rename the folder.");
    }
    return new ProjectLocation(real);
  }

  /**
   * The embedded file-mode URL (no server, no AUTO_SERVER) with {@code TRACE_LEVEL_FILE=0}: no
   * {@code .trace.db} file in the project folder. H2's errors still reach the store as exceptions,
   * which it wraps with plain messages; H2's SLF4J mode (4) would log every statement at INFO.
   *
   * <p>H2 compacts the file on close (for at most 200 ms by default). H2 2.3.232 could lose rows
   * doing so (H2 issue 4247), and the store switched it off with {@code MAX_COMPACT_TIME=0}; the
   * H2 in use has the fix (decision 9, {@code CloseCompactionTest}).
   */
  String jdbcUrl() {
    return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";TRACE_LEVEL_FILE=0";
  }
}
