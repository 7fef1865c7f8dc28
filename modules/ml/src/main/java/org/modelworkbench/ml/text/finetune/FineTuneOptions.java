package org.modelworkbench.ml.text.finetune;

/**
 * Settings of a fine-tuning run. {@link #defaults()} are those of BERT fine-tuning that were
 * measured here (STACK.md, "Text models, offline"); change one with the {@code with...} methods.
 *
 * @param maxTokens tokens kept per text, special tokens included; capped at the model's limit
 *     (default 128)
 * @param batchSize texts per optimiser step (default 16)
 * @param microBatch texts per forward and backward pass; a batch is trained as several
 *     micro-batches whose gradients add up (gradient accumulation); 0 means the whole batch.
 *     Default 8: half the activation memory of a whole batch of 16, which kept fine-tuning
 *     bge-small-en under 3 GB (docs/benchmarks/text-fine-tuning.md). Halved automatically when
 *     a GPU runs out of memory.
 * @param epochs the most epochs to train (default 3)
 * @param encoderLearningRate peak learning rate of the pretrained encoder (default 3e-5)
 * @param headLearningRate peak learning rate of the pooler and classifier, which may start random
 *     (default 3e-4, ten times the encoder's)
 * @param weightDecay AdamW's decoupled weight decay of weight matrices (default 0.01)
 * @param warmupShare share of all steps over which the learning rate rises linearly before it
 *     falls linearly to 0 (default 0.1)
 * @param dropout dropout in the encoder, its attention and on the pooled vector (default 0.1)
 * @param patience epochs without a lower validation loss before stopping early; 0 never stops
 *     (default 2)
 * @param checkpointSteps a checkpoint every this many steps within an epoch, besides the one
 *     after every epoch; 0 only after epochs (default 50)
 * @param maxGradNorm gradients are clipped to this global norm; 0 does not clip (default 1)
 * @param seed seeds the head's start, the batch order and dropout (default 42)
 */
public record FineTuneOptions(int maxTokens, int batchSize, int microBatch, int epochs,
    float encoderLearningRate, float headLearningRate, float weightDecay, double warmupShare,
    float dropout, int patience, int checkpointSteps, float maxGradNorm, long seed) {

  /** Checks the settings. */
  public FineTuneOptions {
    if (maxTokens < 2 || batchSize < 1 || microBatch < 0 || epochs < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 2, batchSize and epochs "
          + "positive, microBatch not negative");
    }
    if (!(encoderLearningRate > 0) || !(headLearningRate > 0) || weightDecay < 0
        || warmupShare < 0 || warmupShare >= 1 || dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("learning rates must be positive, weight decay not "
          + "negative, warm-up share and dropout in [0, 1)");
    }
  }

  /** The defaults described above. */
  public static FineTuneOptions defaults() {
    return new FineTuneOptions(128, 16, 8, 3, 3e-5f, 3e-4f, 0.01f, 0.1, 0.1f, 2, 50, 1f, 42);
  }

  /** The texts per forward pass: the micro-batch, or the whole batch. */
  public int effectiveMicroBatch() {
    return microBatch == 0 ? batchSize : Math.min(microBatch, batchSize);
  }

  /** These settings with another epoch count. */
  public FineTuneOptions withEpochs(int n) {
    return new FineTuneOptions(maxTokens, batchSize, microBatch, n, encoderLearningRate,
        headLearningRate, weightDecay, warmupShare, dropout, patience, checkpointSteps,
        maxGradNorm, seed);
  }

  /** These settings with another token limit. */
  public FineTuneOptions withMaxTokens(int n) {
    return new FineTuneOptions(n, batchSize, microBatch, epochs, encoderLearningRate,
        headLearningRate, weightDecay, warmupShare, dropout, patience, checkpointSteps,
        maxGradNorm, seed);
  }

  /** These settings with another batch and micro-batch size. */
  public FineTuneOptions withBatch(int batch, int micro) {
    return new FineTuneOptions(maxTokens, batch, micro, epochs, encoderLearningRate,
        headLearningRate, weightDecay, warmupShare, dropout, patience, checkpointSteps,
        maxGradNorm, seed);
  }

  /** These settings with other peak learning rates. */
  public FineTuneOptions withLearningRates(float encoder, float head) {
    return new FineTuneOptions(maxTokens, batchSize, microBatch, epochs, encoder, head,
        weightDecay, warmupShare, dropout, patience, checkpointSteps, maxGradNorm, seed);
  }

  /** These settings with another checkpoint interval and patience. */
  public FineTuneOptions withCheckpoints(int steps, int patienceEpochs) {
    return new FineTuneOptions(maxTokens, batchSize, microBatch, epochs, encoderLearningRate,
        headLearningRate, weightDecay, warmupShare, dropout, patienceEpochs, steps, maxGradNorm,
        seed);
  }

  /** These settings with another seed. */
  public FineTuneOptions withSeed(long s) {
    return new FineTuneOptions(maxTokens, batchSize, microBatch, epochs, encoderLearningRate,
        headLearningRate, weightDecay, warmupShare, dropout, patience, checkpointSteps,
        maxGradNorm, s);
  }
}
