package org.modelworkbench.app.cli;

import java.nio.file.Path;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.ModelImportOutcome;
import org.modelworkbench.services.library.ModelImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench import-model}: adds a TorchScript, workbench, TensorFlow or text model to the library. */
@Command(name = "import-model", description = "Add a model file or folder to the project's model library.")
final class ImportModelCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "PATH",
      description = "A TorchScript .pt/.pth, a workbench model folder or .params, a TensorFlow SavedModel folder or .zip, "
          + "or a text model folder: Hugging Face BERT family (config.json, model.safetensors, tokenizer.json or "
          + "vocab.txt; BERT, DistilBERT, MiniLM, RoBERTa, XLM-R), an ONNX encoder export or a TorchScript encoder, "
          + "each with its tokenizer.json.")
  Path path;

  @Option(names = "--name", paramLabel = "NAME", description = "Name in the library. Default: the file's name.")
  String name;

  @Option(names = "--labels", paramLabel = "FILE", description = "Class names, one per line, in output order.")
  Path labels;

  @Option(names = "--input-shape", paramLabel = "C,H,W",
      description = "One example's input shape, for example 3,224,224. Default: try common image shapes.")
  String inputShape;

  @Option(names = "--normalize", paramLabel = "none|imagenet|MEAN/STD",
      description = "For a model that takes images: how it expects pixels after scaling to 0..1. imagenet is "
          + "(x - 0.485,0.456,0.406) / 0.229,0.224,0.225 per channel (torchvision models); MEAN/STD takes one value "
          + "or three comma-separated values per side, for example 0.5/0.25. Default: none (0..1 only).")
  String normalize;

  @Override
  int execute(Workbench workbench) {
    ModelImportOutcome outcome = workbench.modelImports().importModel(path,
        new ModelImportRequest(name, labels, inputShape, normalize));
    return print(outcome, o -> ModelJsonViews.model(o.model(), workbench.library(), workbench.textEncoders()), o -> {
      ModelSignature s = o.signature();
      return "Imported " + o.model().name() + " (" + o.model().kind() + ", " + o.model().engine() + "): "
          + s.description() + (s.normalization().isNone() ? "" : "; pixels " + s.normalization().describe()) + "."
          + (ModelSignature.TEXT.equals(s.inputKind()) ? " Train on it with --base " + o.model().name() + "." : "");
    });
  }
}
