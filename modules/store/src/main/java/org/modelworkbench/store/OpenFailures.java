package org.modelworkbench.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.modelworkbench.model.WorkbenchException;

/** The plain messages for a project that cannot be opened. */
final class OpenFailures {
  private OpenFailures() {}

  /** The project is held by another window or command (another process, or this JVM). */
  static WorkbenchException inUse(Path projectDir, Throwable cause) {
    return new WorkbenchException("The project " + projectDir
        + " is open in another Model Workbench window or command; close it and try again.", cause);
  }

  /** Turns the error of the first connection into a plain message. */
  static WorkbenchException fromConnect(Path projectDir, SQLException e) {
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 -> inUse(projectDir, e);
      case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1 -> new WorkbenchException(
          "The project database in " + projectDir
              + " cannot be read: it is damaged or was written by an incompatible program.", e);
      default -> new WorkbenchException("Could not open the project database in " + projectDir + ".", e);
    };
  }
}
