package org.modelworkbench.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportOutcome;
import org.modelworkbench.services.datasets.ImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench import FILE}: imports a CSV file as a dataset (or a new version of one). */
@Command(name = "import", description = "Import a file or folder (CSV/TSV, .csv.gz, Excel, JSON Lines, a folder of images or "
        + "text files per class, or a zip of these) as a dataset, or as a new version of one.")
final class ImportCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The file or folder to import.")
  Path file;

  @Option(names = "--name", paramLabel = "NAME", description = "Dataset name. Default: the file name.")
  String name;

  @Option(names = "--kind", paramLabel = "KIND", description = "tabular, image or text. Default: detected.")
  String kind;

  @Option(names = "--sheet", paramLabel = "SHEET", description = "The Excel sheet to read. Default: the first.")
  String sheet;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The text's character set, e.g. UTF-8, UTF-16, windows-1251, Shift_JIS. Default: detected "
          + "(a byte order mark, else UTF-8, else the legacy charset the bytes look like, else windows-1252).")
  String encoding;

  @Option(names = "--types", paramLabel = "COLUMN=TYPE", split = ",",
      description = "Read these columns as free text or as categories, e.g. --types review=text,city=categorical. "
          + "Default: long, mostly different values made of words are text. A file already imported gets these "
          + "types on its stored version.")
  Map<String, String> types = new LinkedHashMap<>();

  @Option(names = "--skip-bad-rows",
      description = "Store the good rows and keep unparseable ones aside with their line numbers.")
  boolean skipBadRows;

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding.trim());
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("Unknown character set '" + encoding + "'; try UTF-8, UTF-16 or windows-1252.");
    }
  }

  /** The --types values as column types, with a plain message for a type that is not text or categorical. */
  static Map<String, ColumnType> columnTypes(Map<String, String> given) {
    Map<String, ColumnType> out = new LinkedHashMap<>();
    given.forEach((column, type) -> {
      String label = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
      ColumnType parsed = switch (label) {
        case "text" -> ColumnType.TEXT;
        case "categorical", "category" -> ColumnType.CATEGORICAL;
        default -> throw new WorkbenchException("--types " + column + "=" + type + ": the type can be text or "
            + "categorical.");
      };
      out.put(column.strip(), parsed);
    });
    return out;
  }

  /** "Hint: same columns as 'loans_2025'; use --name loans_2025 to make it version 2." */
  static String versionHint(DatasetInfo existing) {
    return "Hint: same columns as '" + existing.name() + "'; use --name " + existing.name()
        + " to make it version " + (existing.version() + 1) + ".";
  }

  @Override
  int execute(Workbench workbench) {
    ImportRequest request = new ImportRequest(name, skipBadRows, kind, sheet, charset(), columnTypes(types));
    Optional<DatasetInfo> lookalike = workbench.imports().sameColumnsAs(file, name);
    ImportOutcome outcome = workbench.imports().importFile(file, request, (fraction, message) -> { },
        CancellationToken.none());
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>(JsonViews.dataset(outcome.dataset()));
      doc.put("rejected", outcome.rejected().size());
      doc.put("rejectedRows", JsonViews.rejected(outcome.rejected()));
      doc.put("unchanged", outcome.unchanged());
      doc.put("problems", outcome.problems());
      lookalike.ifPresent(d -> doc.put("sameColumnsAs", d.name()));
      printJson(doc);
      return 0;
    }
    if (outcome.unchanged()) {
      outcome.problems().forEach(p -> err().println("Left out: " + p));
      out().println("Nothing to import: '" + file.getFileName() + "' is already stored as '"
          + outcome.dataset().name() + "' version " + outcome.dataset().version() + "."
          + (types.isEmpty() ? "" : " The types given with --types are set on it."));
      if (!types.isEmpty()) {
        out().println(TextViews.dataset(outcome.dataset()));
      }
      return 0;
    }
    out().println(TextViews.dataset(outcome.dataset()));
    outcome.problems().forEach(p -> err().println("Left out: " + p));
    outcome.rejected().forEach(r -> err().println("Rejected line " + r.line() + ": " + r.reason()));
    lookalike.ifPresent(d -> err().println(versionHint(d)));
    return 0;
  }
}
