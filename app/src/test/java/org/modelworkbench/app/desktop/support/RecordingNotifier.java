package org.modelworkbench.app.desktop.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.modelworkbench.app.desktop.common.Notifier;

/** Keeps every notification so a test can check what the user was told. */
public final class RecordingNotifier implements Notifier {
  private final List<String> infos = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();

  @Override
  public void info(String title, String text) {
    infos.add(title + ": " + text);
  }

  @Override
  public void error(String title, String text) {
    errors.add(title + ": " + text);
  }

  /** The information notices, as "title: text". */
  public List<String> infos() {
    return infos;
  }

  /** The error notices, as "title: text". */
  public List<String> errors() {
    return errors;
  }
}
