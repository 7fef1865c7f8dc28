package org.modelworkbench.app.desktop.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.modelworkbench.model.WorkbenchException;

/**
 * Turns an error into the one plain sentence a user reads, and into the technical details kept
 * behind "Details".
 */
public final class ErrorText {
  private ErrorText() {}

  /** The plain message: the services' own sentence when there is one. */
  public static String plainMessage(Throwable error) {
    if (error == null) {
      return "Something went wrong.";
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof WorkbenchException && t.getMessage() != null) {
        return t.getMessage();
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if ((t instanceof IOException || t instanceof UncheckedIOException) && t.getMessage() != null) {
        return "A file could not be read or written: " + t.getMessage()
            + ". Check that it exists and that you may open it.";
      }
    }
    if (error instanceof OutOfMemoryError) {
      return "The computer ran out of memory for this task. Close other programs or use a smaller file.";
    }
    String detail = error.getMessage() == null ? "" : ": " + error.getMessage();
    return "Something unexpected went wrong (" + error.getClass().getSimpleName() + detail
        + "). The details below help the developers find the cause.";
  }

  /** The full stack trace, for the expandable details section. */
  public static String details(Throwable error) {
    if (error == null) {
      return "";
    }
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
