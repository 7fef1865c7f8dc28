package org.modelworkbench.services.datasets;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;

/**
 * What an import did.
 *
 * @param dataset the stored dataset version (the existing one when nothing changed)
 * @param rejected rows left out with their line numbers (only with skip-bad-rows)
 * @param unchanged true when the same content was already stored under that name, so nothing was
 *     written
 * @param problems files left out, in plain sentences (for example unreadable images)
 */
public record ImportOutcome(DatasetInfo dataset, List<RejectedRow> rejected, boolean unchanged,
    List<String> problems) {
  /** Copies the lists. */
  public ImportOutcome {
    rejected = List.copyOf(rejected);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** An outcome with no left-out files. */
  public ImportOutcome(DatasetInfo dataset, List<RejectedRow> rejected, boolean unchanged) {
    this(dataset, rejected, unchanged, List.of());
  }
}
