package org.modelworkbench.report;

import java.util.List;

/**
 * A report laid out as plain sections and blocks, before it becomes HTML or PDF.
 *
 * @param title the report title
 * @param generated the "Generated ..." line under the title
 * @param sections the sections in reading order
 */
record ReportDocument(String title, String generated, List<Section> sections) {
  /** Copies the section list. */
  ReportDocument {
    sections = List.copyOf(sections);
  }
}
