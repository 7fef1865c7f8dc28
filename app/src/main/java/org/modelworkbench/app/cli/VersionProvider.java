package org.modelworkbench.app.cli;

import picocli.CommandLine;

/** Prints the application version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"Model Workbench " + (version == null ? "development build" : version)};
  }
}
