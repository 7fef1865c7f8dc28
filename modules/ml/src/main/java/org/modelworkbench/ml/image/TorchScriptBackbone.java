package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.ParameterStore;
import ai.djl.translate.NoopTranslator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.WorkbenchException;

/**
 * A TorchScript module loaded with trainable weights, and the probe that finds which image input
 * it takes and how many outputs it gives.
 */
final class TorchScriptBackbone implements AutoCloseable {
  private static final int[] COMMON_SIDES = {224, 32, 28, 64, 96, 128, 16, 8};

  private final ZooModel<NDList, NDList> zoo;

  private TorchScriptBackbone(ZooModel<NDList, NDList> zoo) {
    this.zoo = zoo;
  }

  /**
   * Loads a TorchScript file for training: its weights are trainable tensors, not inference ones.
   *
   * @throws WorkbenchException if the file is missing or not a TorchScript module
   */
  static TorchScriptBackbone load(Path file, Device device) {
    if (!Files.isRegularFile(file)) {
      throw new WorkbenchException("The TorchScript file '" + file + "' does not exist.");
    }
    EngineSetup.engine();
    Criteria<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        .optModelPath(file)
        .optEngine(EngineSetup.ENGINE_NAME)
        .optOption("trainParam", "true")
        .optTranslator(new NoopTranslator())
        .optDevice(device)
        .build();
    try {
      return new TorchScriptBackbone(criteria.loadModel());
    } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
      throw new WorkbenchException("The file '" + file.getFileName() + "' is not a TorchScript model"
          + " that can be fine-tuned: " + e.getMessage(), e);
    }
  }

  /** The module as a block; it lives as long as this object. */
  PtSymbolBlock block() {
    return (PtSymbolBlock) zoo.getBlock();
  }

  /**
   * Finds the input the module takes: first the data's own size in grey and colour, then common
   * square sizes. The module must return one {@code [1, F]} array.
   *
   * @param hint the data's shape
   * @return the accepted input shape and F
   * @throws WorkbenchException when no candidate works
   */
  Probe probe(ImageShape hint) {
    Set<ImageShape> candidates = new LinkedHashSet<>();
    candidates.add(hint);
    candidates.add(new ImageShape(hint.channels() == 1 ? 3 : 1, hint.height(), hint.width()));
    for (int side : COMMON_SIDES) {
      candidates.add(new ImageShape(3, side, side));
      candidates.add(new ImageShape(1, side, side));
    }
    try (NDManager manager = zoo.getNDManager().newSubManager()) {
      for (ImageShape candidate : candidates) {
        try {
          NDList out = block().forward(new ParameterStore(manager, false),
              new NDList(manager.zeros(new Shape(1, candidate.channels(), candidate.height(), candidate.width()))),
              false);
          Shape shape = out.head().getShape();
          if (out.size() == 1 && shape.dimension() == 2 && shape.get(0) == 1) {
            return new Probe(candidate, Math.toIntExact(shape.get(1)));
          }
        } catch (EngineException | IllegalArgumentException e) {
          // Not this input; try the next one.
        }
      }
    }
    throw new WorkbenchException("Could not find an image input this TorchScript model accepts (tried "
        + candidates.size() + " sizes, grey and colour), or it does not return one row of numbers per image.");
  }

  /** Frees the module. */
  @Override
  public void close() {
    zoo.close();
  }

  /**
   * What the probe found.
   *
   * @param input the input shape the module takes
   * @param outputs numbers the module returns per image
   */
  record Probe(ImageShape input, int outputs) {}
}
