package org.modelworkbench.app.cli;

import org.modelworkbench.model.AppVersion;
import picocli.CommandLine;

/** Prints the application version from the build ({@link AppVersion}). */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {AppVersion.nameAndVersion()};
  }
}
