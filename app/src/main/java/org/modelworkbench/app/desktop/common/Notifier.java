package org.modelworkbench.app.desktop.common;

import java.nio.file.Path;

/**
 * Short messages that pop up and go away by themselves. The window draws them in its corner above
 * the status bar; tests record what was said.
 */
public interface Notifier {
  /** Something went well, for example an import finished. */
  void info(String title, String text);

  /**
   * Something went well and left a file or folder, for example an export: the notification offers
   * to open it or show it in its folder. By default it is told like any other good news.
   *
   * @param title the heading
   * @param text one or two sentences
   * @param place the file or folder written
   */
  default void info(String title, String text, Path place) {
    info(title, text);
  }

  /** Something failed but the work goes on, for example one of several dropped files. */
  void error(String title, String text);
}
