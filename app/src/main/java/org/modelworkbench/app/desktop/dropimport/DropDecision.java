package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Path;
import java.util.List;

/**
 * How the drop rules sorted a set of dropped files.
 *
 * @param accepted the files to import, in drop order
 * @param refused the files left out, each with its reason
 */
public record DropDecision(List<Path> accepted, List<RefusedFile> refused) {
  /** Copies the lists. */
  public DropDecision {
    accepted = List.copyOf(accepted);
    refused = List.copyOf(refused);
  }
}
