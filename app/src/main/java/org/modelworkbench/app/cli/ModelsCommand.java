package org.modelworkbench.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.TextEncoderSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code workbench models}: lists the built-in text encoders, then the models in the project. The
 * JSON stays the array of the project's models (scripts index it); {@code --built-in --json} gives
 * the built-in encoders.
 */
@Command(name = "models", description = "List the built-in text encoders and the models in the project.")
final class ModelsCommand extends ProjectCommand {
  @Option(names = "--built-in", description = "List only the built-in text encoders (they ship with the app, are "
      + "never downloaded, and are used with train --base NAME).")
  boolean builtIn;

  @Override
  int execute(Workbench workbench) {
    List<TextEncoderSource> encoders = workbench.textEncoders().builtIn();
    if (builtIn) {
      return print(encoders, list -> list.stream().map(ModelsCommand::encoderJson).toList(),
          list -> builtInText(list).stripTrailing());
    }
    List<ModelInfo> models = workbench.catalog().models();
    return print(models, list -> list.stream().map(m -> ModelJsonViews.model(m, workbench.library(),
        workbench.textEncoders())).toList(), list -> {
          StringBuilder sb = new StringBuilder(builtInText(encoders)).append(System.lineSeparator());
          if (list.isEmpty()) {
            return sb.append("No models in this project yet. Every completed training run adds one; import-model "
                + "adds one from a file or folder.").toString();
          }
          sb.append("Models in this project:").append(System.lineSeparator());
          sb.append(String.format(Locale.ROOT, "%-30s %-12s %-10s %-14s %-5s %s%n",
              "name", "kind", "engine", "task", "run", "inputs/outputs"));
          for (ModelInfo m : list) {
            ModelSignature signature = workbench.library().signature(m);
            String description = signature.description() == null ? "" : signature.description();
            if (!signature.normalization().isNone()) {
              description += "; pixels " + signature.normalization().describe();
            }
            sb.append(String.format(Locale.ROOT, "%-30s %-12s %-10s %-14s %-5s %s%n",
                TextViews.shorten(m.name(), 30), m.kind(), m.engine(), m.task() == null ? "" : m.task().label(),
                m.runId() == null ? "" : m.runId(), description));
          }
          return sb.toString().stripTrailing();
        });
  }

  /** The built-in encoders as a small table, each with its one-line description. */
  static String builtInText(List<TextEncoderSource> encoders) {
    StringBuilder sb = new StringBuilder("Built-in text encoders (ship with the app; train with --base NAME):")
        .append(System.lineSeparator());
    String row = "%-19s %-8s %-27s %-11s %-8s %s%n";
    sb.append(String.format(Locale.ROOT, row, "name", "language", "size", "licence", "pooling", "source"));
    for (TextEncoderSource e : encoders) {
      var f = e.facts();
      String name = e.name() + (e.isDefault() ? "*" : "");
      sb.append(String.format(Locale.ROOT, row, name, f.language(), f.size(), f.licence(), f.poolingName(),
          f.source()));
      sb.append("  ").append(e.description()).append(System.lineSeparator());
    }
    sb.append("* the default for --base").append(System.lineSeparator());
    return sb.toString();
  }

  /** A built-in encoder as JSON: its name, {@code builtIn: true}, and its facts. */
  static Map<String, Object> encoderJson(TextEncoderSource e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.name());
    m.put("builtIn", e.isBuiltIn());
    m.put("default", e.isDefault());
    m.put("kind", "text-encoder");
    m.put("displayName", e.displayName());
    m.putAll(e.facts().asMap());
    m.put("labels", new ArrayList<>(e.labels()));
    return m;
  }
}
