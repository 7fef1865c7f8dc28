package org.modelworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;

/** {@code workbench runs}: lists the training runs. */
@Command(name = "runs", description = "List the training runs, newest first.")
final class RunsCommand extends ProjectCommand {
  @Override
  int execute(Workbench workbench) {
    List<RunInfo> runs = workbench.catalog().runs();
    return print(runs, list -> list.stream().map(r -> JsonViews.run(r, null)).toList(), list -> {
      if (list.isEmpty()) {
        return "No runs yet. Train one with: workbench train --dataset NAME --target COLUMN";
      }
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%5s  %-11s %-20s %-16s %-14s %-15s %s%n",
          "run", "status", "dataset", "target", "task", "model", "test metric"));
      list.forEach(r -> sb.append(TextViews.runLine(r)).append('\n'));
      return sb.toString().stripTrailing();
    });
  }
}
