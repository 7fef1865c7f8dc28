package org.modelworkbench.report;

import java.util.List;

/**
 * One numbered part of a report, such as "Dataset" or "Test metrics".
 *
 * @param id a short, stable identifier (HTML anchor): letters only
 * @param title the heading
 * @param startsPage whether it is big enough to start on a new printed page
 * @param blocks its content in order
 */
record Section(String id, String title, boolean startsPage, List<Block> blocks) {
  /** Copies the block list. */
  Section {
    blocks = List.copyOf(blocks);
  }
}
