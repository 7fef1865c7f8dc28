package org.modelworkbench.report;

import java.util.List;

/**
 * One numbered part of a report, such as "Dataset" or "Test metrics". Sections follow one another
 * without a forced page break, so no page is left half empty after a short one; only blocks that
 * must not be split (a heading with its chart, a notice, a table's header with its first row) are
 * kept together.
 *
 * @param id a short, stable identifier (HTML anchor): letters only
 * @param title the heading
 * @param blocks its content in order
 */
record Section(String id, String title, List<Block> blocks) {
  /** Copies the block list. */
  Section {
    blocks = List.copyOf(blocks);
  }
}
