package org.modelworkbench.app.desktop.common;

/**
 * Short messages that pop up and go away by themselves. The window uses ControlsFX
 * notifications; tests record what was said.
 */
public interface Notifier {
  /** Something went well, for example an import finished. */
  void info(String title, String text);

  /** Something failed but the work goes on, for example one of several dropped files. */
  void error(String title, String text);
}
