package org.modelworkbench.services.library;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.library.SavedModelSignatures;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.TensorSpec;
import org.modelworkbench.model.WorkbenchException;

/**
 * Describes a SavedModel at import: its signatures (names, types, shapes) read from
 * {@code saved_model.pb}, checked by loading the model once with the TensorFlow engine, and its
 * input and output taken from the serving signature.
 */
final class SavedModelDescription {
  private SavedModelDescription() {}

  /** The signature without the file facts; see {@link ModelImports}. */
  static ModelSignature describe(Path folder, List<String> labels) {
    List<SignatureSpec> signatures = SavedModelSignatures.read(folder);
    SignatureSpec serving = signatures.stream().filter(s -> s.name().equals(SavedModelRunner.SERVING)).findFirst()
        .orElse(signatures.get(0));
    SavedModelRunner.load(folder, serving.name()).close();
    List<Long> input = serving.inputs().isEmpty() ? List.of() : withoutBatch(SavedModelInputs.exampleInput(serving)
        .shape());
    List<Long> output = serving.outputs().isEmpty() ? List.of() : withoutBatch(serving.outputs().get(0).shape());
    long outputs = output.stream().reduce(1L, (a, b) -> a * Math.max(b, 1));
    if (!labels.isEmpty() && !output.isEmpty() && output.stream().allMatch(d -> d > 0) && labels.size() != outputs) {
      throw new WorkbenchException("The labels file has " + labels.size() + " names but the SavedModel's '"
          + serving.name() + "' signature gives " + outputs + " outputs; give one name per output, in order.");
    }
    String kind = input.size() == 3 ? ModelSignature.IMAGE : input.size() == 1 ? ModelSignature.TABULAR
        : ModelSignature.UNKNOWN;
    String description = "TensorFlow SavedModel, input " + Shapes.text(input) + ", output " + Shapes.text(output)
        + "; signatures " + String.join(", ", signatures.stream().map(s -> s.name() + "(" + tensors(s.inputs())
            + " → " + tensors(s.outputs()) + ")").toList());
    return new ModelSignature(kind, input, output, labels, signatures, null, null, null, description);
  }

  private static List<Long> withoutBatch(List<Long> shape) {
    return shape.isEmpty() ? shape : shape.subList(1, shape.size());
  }

  private static String tensors(List<TensorSpec> specs) {
    return String.join(", ", specs.stream().map(t -> t.name() + " " + t.dtype() + " " + Shapes.text(t.shape()))
        .toList());
  }
}
