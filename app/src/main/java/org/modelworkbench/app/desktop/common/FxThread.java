package org.modelworkbench.app.desktop.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs work on the JavaFX application thread: at once when already there, later otherwise. */
public enum FxThread implements Executor {
  /** The one instance. */
  INSTANCE;

  @Override
  public void execute(Runnable command) {
    if (Platform.isFxApplicationThread()) {
      command.run();
    } else {
      Platform.runLater(command);
    }
  }
}
