package org.modelworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench datasets}: lists the datasets. */
@Command(name = "datasets", description = "List the datasets (latest version of each, or all with --all-versions).")
final class DatasetsCommand extends ProjectCommand {
  @Option(names = "--all-versions", description = "List every version, not only the latest.")
  boolean allVersions;

  @Override
  int execute(Workbench workbench) {
    List<DatasetInfo> datasets = allVersions ? workbench.datasets().listAllVersions() : workbench.datasets().list();
    return print(datasets, list -> list.stream().map(JsonViews::dataset).toList(), list -> {
      if (list.isEmpty()) {
        return "No datasets yet. Import one with: workbench import FILE.csv";
      }
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-30s %7s %10s %7s  %s%n",
          "name", "version", "rows", "columns", "imported"));
      for (DatasetInfo d : list) {
        sb.append(String.format(Locale.ROOT, "%-30s %7d %,10d %7d  %s%n", TextViews.shorten(d.name(), 30),
            d.version(), d.rows(), d.columns().size(), d.importedAt()));
      }
      return sb.toString().stripTrailing();
    });
  }
}
