package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.reports.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench report}: writes a run's report as HTML or PDF. */
@Command(name = "report", description = "Write a run's report as a self-contained HTML file or a PDF.")
final class ReportCommand extends ProjectCommand {
  @Option(names = "--run", required = true, paramLabel = "ID", description = "The run to report on.")
  long runId;

  @Option(names = "--format", paramLabel = "FORMAT", description = "html or pdf. Default: from the file extension.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Override
  int execute(Workbench workbench) {
    ReportFormat chosen = format != null ? ReportFormat.parse(format)
        : output.toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? ReportFormat.PDF : ReportFormat.HTML;
    Path written = workbench.reports().write(runId, chosen, output);
    return print(written, p -> Map.of("runId", runId, "format", chosen.name().toLowerCase(Locale.ROOT),
        "output", p.toString()), p -> "Wrote " + p);
  }
}
