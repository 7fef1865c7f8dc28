package org.modelworkbench.services.datasets.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.modelworkbench.model.WorkbenchException;

/** Turns a failure to write an export file into one plain sentence that names the file. */
final class ExportFailure {
  private ExportFailure() {}

  /** The error for a file that could not be written. */
  static WorkbenchException of(Path file, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied; choose a folder you may write to";
    } else if (e instanceof NoSuchFileException) {
      reason = "its folder does not exist";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return new WorkbenchException("Could not write " + file + ": " + reason + ".", e);
  }
}
