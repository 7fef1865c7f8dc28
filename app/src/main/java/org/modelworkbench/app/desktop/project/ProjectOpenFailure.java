package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.model.WorkbenchException;

/** A project folder that could not be opened, with the reason in plain words. */
public final class ProjectOpenFailure extends WorkbenchException {
  private static final long serialVersionUID = 1L;

  /** Wraps the cause with the folder's name. */
  public ProjectOpenFailure(Path folder, Throwable cause) {
    super("The project " + folder + " could not be opened. " + ErrorText.plainMessage(cause), cause);
  }
}
