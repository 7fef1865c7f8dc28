package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.pytorch.engine.PtSymbolBlock;
import java.nio.file.Path;
import org.modelworkbench.ml.engine.EngineSetup;

/**
 * An image network inside its own DJL model: either a residual network from scratch, or a
 * TorchScript backbone followed by a new head (layer normalisation and a linear layer). Close it to free the engine memory.
 */
final class ImageNetwork implements AutoCloseable {
  private final Model model;
  private final TorchScriptBackbone torchScript;
  private final Block trainedBlock;

  private ImageNetwork(Model model, TorchScriptBackbone torchScript, Block trainedBlock) {
    this.model = model;
    this.torchScript = torchScript;
    this.trainedBlock = trainedBlock;
  }

  /** An untrained residual network, its weights drawn from the seed. */
  static ImageNetwork scratch(Device device, ImageManifest manifest, long seed) {
    SequentialBlock network = ResidualNetwork.build(manifest.labels().size());
    network.setInitializer(new ImageInitializer(seed), Parameter.Type.WEIGHT);
    Model model = Model.newInstance("image", device, EngineSetup.ENGINE_NAME);
    model.setBlock(network);
    network.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(manifest.shape()));
    return new ImageNetwork(model, null, network);
  }

  /**
   * A loaded backbone with a new head whose weights are drawn from the seed. The head normalises
   * the backbone's outputs first: a classifier's logits or unscaled features can be large, and a
   * plain linear layer on them starts with a huge loss and barely moves at a fine-tuning rate.
   */
  static ImageNetwork fineTune(Device device, TorchScriptBackbone backbone, ImageManifest manifest,
      long seed) {
    Linear linear = Linear.builder().setUnits(manifest.labels().size()).build();
    linear.setInitializer(new ImageInitializer(seed), Parameter.Type.WEIGHT);
    SequentialBlock head = new SequentialBlock().add(LayerNorm.builder().build()).add(linear);
    Model model = Model.newInstance("image", device, EngineSetup.ENGINE_NAME);
    try {
      model.setBlock(new SequentialBlock().add(backbone.block()).add(head));
      head.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, manifest.backboneOutputs()));
      return new ImageNetwork(model, backbone, head);
    } catch (RuntimeException e) {
      model.close();
      backbone.close();
      throw e;
    }
  }

  /** Loads a model folder or a checkpoint written by {@link ImageFiles#write}. */
  static ImageNetwork load(Path dir, ImageManifest manifest, Device device) {
    ImageNetwork network = manifest.fineTuned()
        ? fineTune(device, TorchScriptBackbone.load(dir.resolve(ImageFiles.BACKBONE), device), manifest, 0)
        : scratch(device, manifest, 0);
    try {
      ImageFiles.loadParameters(dir, network.trainedBlock, network.model.getNDManager());
      return network;
    } catch (RuntimeException e) {
      network.close();
      throw e;
    }
  }

  /** The input shape of one image as a batch of one. */
  static Shape inputShape(ImageShape shape) {
    return new Shape(1, shape.channels(), shape.height(), shape.width());
  }

  /** The DJL model holding the whole network. */
  Model model() {
    return model;
  }

  /** The TorchScript backbone, or null for a network from scratch. */
  PtSymbolBlock backbone() {
    return torchScript == null ? null : torchScript.block();
  }

  /** The block whose parameters DJL saves: the whole network, or the head. */
  Block trainedBlock() {
    return trainedBlock;
  }

  @Override
  public void close() {
    model.close();
    if (torchScript != null) {
      torchScript.close();
    }
  }
}
