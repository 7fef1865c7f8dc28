package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.services.ImportOutcome;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench import FILE}: imports a CSV file as a dataset (or a new version of one). */
@Command(name = "import", description = "Import a CSV file as a dataset, or as a new version of one.")
final class ImportCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV (or TSV, semicolon-separated) file.")
  Path file;

  @Option(names = "--name", paramLabel = "NAME", description = "Dataset name. Default: the file name.")
  String name;

  @Option(names = "--skip-bad-rows",
      description = "Store the good rows and keep unparseable ones aside with their line numbers.")
  boolean skipBadRows;

  @Override
  int execute(Workbench workbench) {
    ImportOutcome outcome = workbench.datasets().importCsv(file, name, skipBadRows,
        (fraction, message) -> { }, CancellationToken.none());
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>(JsonViews.dataset(outcome.dataset()));
      doc.put("rejected", outcome.rejected().size());
      doc.put("rejectedRows", JsonViews.rejected(outcome.rejected()));
      doc.put("unchanged", outcome.unchanged());
      printJson(doc);
      return 0;
    }
    if (outcome.unchanged()) {
      out().println("Nothing to import: '" + file.getFileName() + "' is already stored as '"
          + outcome.dataset().name() + "' version " + outcome.dataset().version() + ".");
      return 0;
    }
    out().println(TextViews.dataset(outcome.dataset()));
    outcome.rejected().forEach(r -> err().println("Rejected line " + r.line() + ": " + r.reason()));
    return 0;
  }
}
