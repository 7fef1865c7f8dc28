package org.modelworkbench.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.RunInfo;

/**
 * The first section: the headline test numbers, and what was trained on what and how it ended. It
 * is kept short so that the test metrics' confusion matrix still starts on the first page.
 */
final class SummarySection {
  private SummarySection() {}

  /** Builds the section. */
  static Section build(ReportContent content, ZoneId zone) {
    RunInfo run = content.run();
    List<Block> blocks = new ArrayList<>();
    if (content.testMetrics() != null) {
      blocks.add(new Block.Tiles(MetricText.headline(content.testMetrics())));
      blocks.add(new Block.Paragraph(MetricText.verdict(content.testMetrics(), run.target()),
          Block.Tone.NORMAL));
    } else {
      blocks.add(new Block.Paragraph(Wording.missingMetrics(run.status()), Block.Tone.NOTICE));
    }
    if (run.error() != null && !run.error().isBlank()) {
      blocks.add(new Block.Paragraph("The run stopped with this error: " + run.error(), Block.Tone.NOTICE));
    }

    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Run", "#" + run.id()));
    facts.add(new Block.Fact("Status", Wording.status(run.status())));
    facts.add(new Block.Fact("Dataset", Wording.datasetVersion(content.dataset())));
    facts.add(new Block.Fact("Target", Formats.text(run.target())));
    facts.add(new Block.Fact("Task", Wording.task(run.task())));
    facts.add(new Block.Fact("Model kind", Wording.modelKind(run)));
    facts.add(new Block.Fact("Model kept",
        content.model() == null ? "None" : content.model().name()));
    facts.add(new Block.Fact("Device", Wording.device(run.device())));
    facts.add(new Block.Fact("Started", Formats.dateTime(run.startedAt(), zone)));
    facts.add(new Block.Fact("Ended", run.endedAt() == null ? "Not ended"
        : Formats.dateTime(run.endedAt(), zone)));
    // The run's one duration, the same as the window shows (RunInfo#duration).
    facts.add(new Block.Fact("Duration", run.durationText()));
    blocks.add(new Block.Facts(facts));
    return new Section("summary", "Summary", blocks);
  }
}
