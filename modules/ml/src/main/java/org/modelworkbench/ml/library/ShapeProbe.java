package org.modelworkbench.ml.library;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.torchscript.TorchScriptModel;
import org.modelworkbench.model.WorkbenchException;

/**
 * Finds a TorchScript network's input and output shapes by running one example of zeros: the
 * shape the user gave, or else common image shapes in turn.
 */
public final class ShapeProbe {
  /** Tried in this order when no shape is given: ImageNet, MNIST, CIFAR and 8×8 digits. */
  public static final List<long[]> COMMON_SHAPES = List.of(
      new long[] {3, 224, 224}, new long[] {1, 28, 28}, new long[] {3, 32, 32}, new long[] {1, 8, 8});

  private ShapeProbe() {}

  /**
   * Probes the network.
   *
   * @param model the loaded network
   * @param given the input shape the user gave (without the batch), or null to try common ones
   * @param modelName the file's name, for messages
   * @return the first shape the network accepts, and its output
   * @throws WorkbenchException when no shape fits, asking for {@code --input-shape}
   */
  public static ProbeResult probe(TorchScriptModel model, long[] given, String modelName) {
    List<long[]> candidates = new ArrayList<>();
    if (given != null) {
      candidates.add(given);
    } else {
      candidates.addAll(COMMON_SHAPES);
    }
    for (long[] shape : candidates) {
      long[] out = model.outputShapeFor(shape);
      if (out != null) {
        return new ProbeResult(shape.clone(), out);
      }
    }
    if (given != null) {
      throw new WorkbenchException(modelName + " does not accept an input of shape " + Shapes.text(given)
          + ". Check the input shape the model was made for (channels, height, width).");
    }
    throw new WorkbenchException(modelName + " accepts none of the usual image shapes (3×224×224, 1×28×28, "
        + "3×32×32, 1×8×8). Give its input shape, for example --input-shape 3,224,224.");
  }
}
