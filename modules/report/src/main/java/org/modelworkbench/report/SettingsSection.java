package org.modelworkbench.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;

/** Everything needed to repeat the run: hyperparameters, seed, device, model and versions. */
final class SettingsSection {
  /** Settings that only mean something for table data; an image run leaves them out. */
  private static final java.util.Set<String> TABLE_ONLY = java.util.Set.of("hidden_units", "excluded_columns");

  private SettingsSection() {}

  /** Builds the section. */
  static Section build(ReportContent content, ZoneId zone) {
    RunInfo run = content.run();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph("Training again with these settings on the same dataset version "
        + "gives the same model and metrics.", Block.Tone.MUTED));

    blocks.add(new Block.Subheading("Hyperparameters"));
    List<Block.Fact> settings = new ArrayList<>();
    boolean images = content.images() != null;
    for (Map.Entry<String, String> entry : run.hyperparameters().entrySet()) {
      if (images && TABLE_ONLY.contains(entry.getKey())) {
        continue;
      }
      // Hidden layers belong to an MLP; a TF-IDF or linear run records an empty list.
      if (entry.getKey().equals("hidden_units") && run.modelKind() != ModelKind.MLP) {
        continue;
      }
      String value = entry.getValue();
      if (images && entry.getKey().equals("base_model") && (value == null || value.isBlank())) {
        value = "None (trained from scratch)";
      }
      settings.add(new Block.Fact(Wording.setting(entry.getKey()), Formats.text(value)));
    }
    // The seed is part of the run even if the settings map was stored without it.
    if (!run.hyperparameters().containsKey("seed")) {
      settings.add(new Block.Fact(Wording.setting("seed"), Long.toString(run.seed())));
    }
    blocks.add(new Block.Facts(settings));

    blocks.add(new Block.Subheading("Device"));
    // A note (such as a fallback to the CPU) comes first, where it cannot be missed.
    if (run.device() != null && run.device().note() != null && !run.device().note().isBlank()) {
      blocks.add(new Block.Paragraph(run.device().note(), Block.Tone.NOTICE));
    }
    blocks.add(new Block.Facts(device(run.device())));

    if (content.model() != null) {
      blocks.add(new Block.Subheading("Model"));
      blocks.add(new Block.Facts(model(content.model(), zone)));
    }

    blocks.add(new Block.Subheading("Software versions"));
    if (run.versions().isEmpty()) {
      blocks.add(new Block.Paragraph("No versions were recorded for this run.", Block.Tone.MUTED));
    } else {
      List<Block.Fact> versions = new ArrayList<>();
      run.versions().forEach((name, version) -> versions.add(new Block.Fact(name, Formats.text(version))));
      blocks.add(new Block.Facts(versions));
    }
    return new Section("settings", "Settings", blocks);
  }

  private static List<Block.Fact> device(DeviceInfo device) {
    if (device == null) {
      return List.of(new Block.Fact("Device", "Not recorded"));
    }
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Requested", Formats.text(device.requested())));
    facts.add(new Block.Fact("Used", Wording.deviceId(device.id())));
    facts.add(new Block.Fact("Name", Formats.text(device.name())));
    if (device.memoryBytes() > 0) {
      facts.add(new Block.Fact("Memory", Formats.bytes(device.memoryBytes())));
    }
    return facts;
  }

  private static List<Block.Fact> model(ModelInfo model, ZoneId zone) {
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact("Name", model.name()));
    facts.add(new Block.Fact("Kind", Formats.text(model.kind())));
    facts.add(new Block.Fact("Engine", Formats.text(model.engine())));
    facts.add(new Block.Fact("Stored in", Formats.text(model.path())));
    if (model.baseModelId() != null) {
      facts.add(new Block.Fact("Fine-tuned from", "Model #" + model.baseModelId()));
    }
    facts.add(new Block.Fact("Created", Formats.dateTime(model.createdAt(), zone)));
    return facts;
  }
}
