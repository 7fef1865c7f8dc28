package org.modelworkbench.services;

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
 */
public record ImportOutcome(DatasetInfo dataset, List<RejectedRow> rejected, boolean unchanged) {
  /** Copies the list. */
  public ImportOutcome {
    rejected = List.copyOf(rejected);
  }
}
