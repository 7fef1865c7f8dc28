package org.modelworkbench.report;

import java.time.ZoneId;
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

  /** Builds the document: Summary, Dataset, Settings, Training, Test metrics. */
  ReportDocument assemble(ReportContent content) {
    Objects.requireNonNull(content, "content");
    List<Section> sections = List.of(
        SummarySection.build(content, zone),
        DatasetSection.build(content, zone),
        SettingsSection.build(content, zone),
        TrainingSection.build(content),
        TestMetricsSection.build(content));
    return new ReportDocument(content.title(), "Generated " + Formats.dateTime(content.generatedAt(), zone),
        sections);
  }
}
