package org.modelworkbench.services.library;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.image.ImageModelDescription;
import org.modelworkbench.ml.library.Shapes;
import org.modelworkbench.ml.tabular.TabularModelDescription;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Task;

/**
 * What a workbench model folder takes and gives, read from its own description (no engine is
 * started): the signature the library records for a model trained in the project or imported as a
 * workbench folder.
 */
public final class TrainedModelSignatures {
  private TrainedModelSignatures() {}

  /**
   * An image model's signature: channels × height × width in, one score per class out, and the
   * pixel normalisation it was trained with.
   *
   * @param baseName the TorchScript model it was fine-tuned from, or null
   */
  public static ModelSignature image(Path modelDir, String baseName) {
    ImageModelDescription d = ImageModelDescription.read(modelDir);
    List<Long> input = List.of((long) d.shape().channels(), (long) d.shape().height(), (long) d.shape().width());
    String description = "input " + Shapes.text(input) + " image, output " + d.labels().size() + " classes; "
        + (d.fineTuned() ? "TorchScript model" + (baseName == null ? "" : " " + baseName)
            + " fine-tuned under a new head" : "small residual network trained from scratch");
    return new ModelSignature(ModelSignature.IMAGE, input, List.of((long) d.labels().size()), d.labels(), List.of(),
        null, null, null, description, d.normalization());
  }

  /** A tabular model's signature: one input per feature column, one output per class (or one number). */
  public static ModelSignature tabular(Path modelDir) {
    TabularModelDescription d = TabularModelDescription.read(modelDir);
    String description = "input " + d.featureColumns().size() + " columns (" + String.join(", ",
        d.featureColumns()) + "), output " + (d.task() == Task.CLASSIFICATION
        ? d.labels().size() + " classes of " + d.target() : "a number (" + d.target() + ")");
    return new ModelSignature(ModelSignature.TABULAR, List.of((long) d.featureColumns().size()),
        List.of((long) d.outputWidth()), d.labels(), List.of(), null, null, null, description);
  }
}
