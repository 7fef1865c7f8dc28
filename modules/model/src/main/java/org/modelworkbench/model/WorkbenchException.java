package org.modelworkbench.model;

/**
 * An error meant for the user: its message is one plain sentence that says what is wrong and,
 * where it can, what to do. The command line prints it alone; the window shows it in a dialog.
 */
public class WorkbenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an error with a user-facing message. */
  public WorkbenchException(String message) {
    super(message);
  }

  /** Creates an error with a user-facing message and its technical cause. */
  public WorkbenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
