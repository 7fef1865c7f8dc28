package org.modelworkbench.report;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.RunInfo;

/** The first section: what was trained on what, how it ended, and the headline test numbers. */
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
    facts.add(new Block.Fact("Dataset",
        content.dataset().name() + ", version " + content.dataset().version()));
    facts.add(new Block.Fact("Target", Formats.text(run.target())));
    facts.add(new Block.Fact("Task", Wording.task(run.task())));
    facts.add(new Block.Fact("Model kind", Wording.modelKind(run)));
    facts.add(new Block.Fact("Model kept",
        content.model() == null ? "None" : content.model().name()));
    facts.add(new Block.Fact("Device", device(run.device())));
    facts.add(new Block.Fact("Started", Formats.dateTime(run.startedAt(), zone)));
    facts.add(new Block.Fact("Ended", run.endedAt() == null ? "Not ended"
        : Formats.dateTime(run.endedAt(), zone)));
    if (run.startedAt() != null && run.endedAt() != null) {
      facts.add(new Block.Fact("Duration",
          Formats.duration(Duration.between(run.startedAt(), run.endedAt()))));
    }
    blocks.add(new Block.Facts(facts));
    return new Section("summary", "Summary", false, blocks);
  }

  /** "NVIDIA RTX 4070 (gpu(0))", or the id alone when the name adds nothing. */
  static String device(DeviceInfo device) {
    if (device == null) {
      return Formats.NONE;
    }
    String id = Formats.text(device.id());
    if (device.name() == null || device.name().isBlank() || device.name().equals(device.id())) {
      return id;
    }
    return device.name() + " (" + id + ")";
  }
}
