package org.modelworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TextProfile;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench profile NAME}: column profiles and the data-quality findings. */
@Command(name = "profile", description = "Show a dataset's column profiles (for free-text columns: lengths, empty and "
    + "duplicate texts, most frequent words) and its data-quality findings.")
final class ProfileCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Dataset name (or NAME@VERSION).")
  String dataset;

  @Option(names = "--target", paramLabel = "COLUMN",
      description = "Also check the data for predicting this column: class balance, missing targets, leaks.")
  String target;

  @Option(names = "--tokens-for", paramLabel = "MODEL", description = "Text columns: count tokens with this language model's tokenizer. Default: bge-small-en-v1.5.")
  String tokensFor;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Text columns: the token limit to count texts longer than. Default: 128 (at most the model's limit).")
  Integer maxTokens;

  @Option(names = "--task", paramLabel = "TASK", description = "classification or regression. Default: from the target.")
  Task task;

  @Override
  int execute(Workbench workbench) {
    DatasetInfo info = workbench.datasets().find(dataset);
    QualityReport report;
    if (target == null) {
      report = workbench.quality().datasetReport(info);
    } else {
      Task chosen = task != null ? task
          : workbench.training().validate(TrainRequest.of(info,
              org.modelworkbench.model.TrainingSettings.defaults(target)));
      report = workbench.quality().forTarget(info, target, chosen, List.of());
    }
    List<TextProfile> texts = info.columns().stream().filter(c -> c.type() == ColumnType.TEXT)
        .map(c -> workbench.textProfile(info, c.name(), tokensFor, maxTokens == null ? 0 : maxTokens)).toList();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>(JsonViews.dataset(info));
      doc.put("target", target);
      doc.put("texts", texts.stream().map(TextProfileViews::json).toList());
      doc.put("findings", findings(report));
      printJson(doc);
      return 0;
    }
    out().println(TextViews.dataset(info));
    texts.forEach(t -> out().println(TextProfileViews.text(t)));
    if (report.findings().isEmpty()) {
      out().println("Data quality: no findings.");
    } else {
      out().println("Data quality:");
      for (QualityFinding f : report.findings()) {
        out().println(String.format(Locale.ROOT, "  %-8s %s", f.severity().label(), f.message()));
      }
    }
    return 0;
  }

  private static List<Object> findings(QualityReport report) {
    List<Object> out = new ArrayList<>();
    for (QualityFinding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", f.severity().label());
      m.put("code", f.code());
      m.put("column", f.column());
      m.put("message", f.message());
      m.put("count", f.count());
      out.add(m);
    }
    return out;
  }
}
