package org.modelworkbench.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench export-model}: writes a library model's files and labels for use elsewhere. */
@Command(name = "export-model", description = "Write a model's files and labels.txt for use outside the workbench.")
final class ExportModelCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The model's name.")
  String name;

  @Option(names = "--out", required = true, paramLabel = "DIR_OR_FILE",
      description = "A folder, or for TorchScript a .pt file.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", description = "torchscript, djl, savedmodel or savedmodel-head (a head on a SavedModel's features: "
          + "a folder with both parts). Default: the model's own.")
  String format;

  @Override
  int execute(Workbench workbench) {
    Path written = workbench.modelExport().export(name, out, format);
    String contents = workbench.modelExport().contents(name);
    return print(written, w -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", name);
      m.put("path", w.toAbsolutePath().toString());
      m.put("contents", contents);
      return m;
    }, w -> "Exported " + name + " to " + w.toAbsolutePath() + ": " + contents + ".");
  }
}
