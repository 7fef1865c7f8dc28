package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.export.ExportFormat;
import org.modelworkbench.services.datasets.export.ExportOutcome;
import org.modelworkbench.services.datasets.export.ExportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench export-dataset}: writes a dataset version's rows to a CSV file or an Excel workbook. */
@Command(name = "export-dataset",
    description = "Write a dataset's rows to a CSV file or an Excel workbook that imports back to the same rows.")
final class ExportDatasetCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "NAME[@VERSION]",
      description = "The dataset: NAME (its latest version) or NAME@VERSION.")
  String dataset;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced when it exists).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or xlsx. Default: xlsx for a .xlsx file name, csv otherwise.")
  String format;

  @Override
  int execute(Workbench workbench) {
    DatasetInfo info = workbench.datasets().find(dataset);
    ExportRequest request = ExportRequest.of(info, out)
        .withFormat(format == null ? ExportFormat.forFile(out) : ExportFormat.of(format));
    ExportOutcome outcome = workbench.datasetExport().export(request, (fraction, message) -> { },
        CancellationToken.none());
    return print(outcome, o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dataset", info.name());
      m.put("version", info.version());
      m.put("path", o.file().toString());
      m.put("format", o.format().label());
      m.put("rows", o.rows());
      m.put("columns", o.columns());
      return m;
    }, o -> "Exported " + o.rows() + " rows of '" + info.name() + "' version " + info.version() + " to "
        + o.file() + ".");
  }
}
