package org.modelworkbench.app.desktop.crash;

/** Tells the user about an uncaught error; the window shows the error dialog. */
@FunctionalInterface
public interface CrashDisplay {
  /**
   * Shows the message; called on the UI thread.
   *
   * @param heading the dialog's heading
   * @param sentence what failed and where the report is, in one sentence
   * @param error the error, for the dialog's technical details
   * @param closed to call once the user closed the message, so the next error can show
   */
  void show(String heading, String sentence, Throwable error, Runnable closed);
}
