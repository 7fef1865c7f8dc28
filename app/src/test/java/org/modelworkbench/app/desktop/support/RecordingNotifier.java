package org.modelworkbench.app.desktop.support;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.modelworkbench.app.desktop.common.Notifier;

/** Keeps every notification so a test can check what the user was told. */
public final class RecordingNotifier implements Notifier {
  private final List<String> infos = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<Path> places = new CopyOnWriteArrayList<>();

  @Override
  public void info(String title, String text) {
    infos.add(title + ": " + text);
  }

  @Override
  public void info(String title, String text, Path place) {
    infos.add(title + ": " + text);
    places.add(place);
  }

  @Override
  public void error(String title, String text) {
    errors.add(title + ": " + text);
  }

  /** The information notices, as "title: text". */
  public List<String> infos() {
    return infos;
  }

  /** The files and folders good news was about (exports, reports), in order. */
  public List<Path> places() {
    return places;
  }

  /** The error notices, as "title: text". */
  public List<String> errors() {
    return errors;
  }
}
