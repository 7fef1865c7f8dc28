package org.modelworkbench.app.cli;

import java.nio.file.Path;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.services.ModelImportOutcome;
import org.modelworkbench.services.ModelImportRequest;
import org.modelworkbench.services.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench import-model}: adds a TorchScript, workbench or TensorFlow model to the library. */
@Command(name = "import-model", description = "Add a model file or folder to the project's model library.")
final class ImportModelCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "PATH",
      description = "A TorchScript .pt/.pth, a workbench model folder or .params, or a TensorFlow SavedModel folder or .zip.")
  Path path;

  @Option(names = "--name", paramLabel = "NAME", description = "Name in the library. Default: the file's name.")
  String name;

  @Option(names = "--labels", paramLabel = "FILE", description = "Class names, one per line, in output order.")
  Path labels;

  @Option(names = "--input-shape", paramLabel = "C,H,W",
      description = "One example's input shape, for example 3,224,224. Default: try common image shapes.")
  String inputShape;

  @Override
  int execute(Workbench workbench) {
    ModelImportOutcome outcome = workbench.modelImports().importModel(path,
        new ModelImportRequest(name, labels, inputShape));
    return print(outcome, o -> ModelJsonViews.model(o.model(), workbench.library()), o -> {
      ModelSignature s = o.signature();
      return "Imported " + o.model().name() + " (" + o.model().kind() + ", " + o.model().engine() + "): "
          + s.description() + ".";
    });
  }
}
