package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * A small residual network for images from scratch: a 16-filter stem, three residual blocks of
 * 16, 32 and 64 filters (the last two halve the size), global average pooling and a linear layer
 * with one output per class.
 */
final class ResidualNetwork {
  private ResidualNetwork() {}

  /** Builds an untrained network mapping {@code [N, C, H, W]} to {@code [N, classes]}. */
  static SequentialBlock build(int classes) {
    return new SequentialBlock()
        .add(conv(16, 3, 1))
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock())
        .add(residual(16, 1))
        .add(residual(32, 2))
        .add(residual(64, 2))
        .add(Pool.globalAvgPool2dBlock())
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(classes).build());
  }

  private static Block residual(int filters, int stride) {
    SequentialBlock main = new SequentialBlock()
        .add(conv(filters, 3, stride))
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock())
        .add(conv(filters, 3, 1))
        .add(BatchNorm.builder().build());
    Block shortcut = stride == 1 ? Blocks.identityBlock()
        : new SequentialBlock().add(conv(filters, 1, stride)).add(BatchNorm.builder().build());
    ParallelBlock sum = new ParallelBlock(
        outputs -> new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
        List.of(main, shortcut));
    return new SequentialBlock().add(sum).add(Activation.reluBlock());
  }

  private static Conv2d conv(int filters, int kernel, int stride) {
    return Conv2d.builder()
        .setKernelShape(new Shape(kernel, kernel))
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(kernel / 2, kernel / 2))
        .setFilters(filters)
        .optBias(false)
        .build();
  }
}
