package org.modelworkbench.app;

import ch.qos.logback.core.PropertyDefinerBase;
import org.modelworkbench.model.UserFolders;

/**
 * Gives {@code logback.xml} the log file from {@link UserFolders}, so the path is defined in one
 * place for the log file, the About box and the error messages that point to it.
 */
public final class LogFileDefiner extends PropertyDefinerBase {
  @Override
  public String getPropertyValue() {
    return UserFolders.forCurrentUser().logFile().toString();
  }
}
