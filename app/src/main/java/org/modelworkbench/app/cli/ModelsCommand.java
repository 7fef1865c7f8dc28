package org.modelworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;

/** {@code workbench models}: lists the models in the project. */
@Command(name = "models", description = "List the models in the project.")
final class ModelsCommand extends ProjectCommand {
  @Override
  int execute(Workbench workbench) {
    List<ModelInfo> models = workbench.catalog().models();
    return print(models, list -> list.stream().map(m -> ModelJsonViews.model(m, workbench.library())).toList(), list -> {
      if (list.isEmpty()) {
        return "No models yet. Every completed training run adds one; import-model adds one from a file.";
      }
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-30s %-12s %-10s %-14s %-5s %s%n",
          "name", "kind", "engine", "task", "run", "inputs/outputs"));
      for (ModelInfo m : list) {
        ModelSignature signature = workbench.library().signature(m);
        String description = signature.description() == null ? "" : signature.description();
        if (!signature.normalization().isNone()) {
          description += "; pixels " + signature.normalization().describe();
        }
        sb.append(String.format(Locale.ROOT, "%-30s %-12s %-10s %-14s %-5s %s%n", TextViews.shorten(m.name(), 30),
            m.kind(), m.engine(), m.task() == null ? "" : m.task().label(), m.runId() == null ? "" : m.runId(),
            description));
      }
      return sb.toString().stripTrailing();
    });
  }
}
