package org.modelworkbench.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns report content into the format-neutral document both writers draw, so HTML and PDF always
 * carry the same sections, wording and charts.
 */
final class ReportAssembler {
  private final ZoneId zone;

  /** Creates an assembler that shows times in the given zone. */
  ReportAssembler(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Builds the document: first what a reader came for (Summary with the headline numbers, Test
   * metrics with the confusion matrix and the per-class table), then the detail (Training, Dataset,
   * Examples when there are any, Settings).
   */
  ReportDocument assemble(ReportContent content) {
    Objects.requireNonNull(content, "content");
    List<Section> sections = new ArrayList<>();
    sections.add(SummarySection.build(content, zone));
    sections.add(TestMetricsSection.build(content));
    sections.add(TrainingSection.build(content));
    sections.add(DatasetSection.build(content, zone));
    ExamplesSection.build(content).ifPresent(sections::add);
    sections.add(SettingsSection.build(content, zone));
    return new ReportDocument(content.title(), "Generated " + Formats.dateTime(content.generatedAt(), zone),
        sections);
  }
}
