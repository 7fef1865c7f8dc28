package org.modelworkbench.ml.tensorflow;

import java.nio.file.Path;

/**
 * What a full fine-tune of a SavedModel through its own {@code train} signature needs.
 *
 * @param baseFolder the SavedModel to start from (not changed)
 * @param trainInputs training examples, each flattened to {@code exampleShape}
 * @param trainClasses their class indices, 0…k-1 in the model's output order
 * @param validationInputs validation examples
 * @param validationClasses their class indices
 * @param exampleShape one example's dimensions without the batch, for example {@code {8, 8, 1}}
 * @param scoringSignature the signature whose first output scores the classes (validation)
 * @param epochs maximum epochs
 * @param batchSize examples per call of the train signature
 * @param patience epochs without a better validation loss before stopping early; 0 never stops
 * @param seed seed of the row order of every epoch
 * @param checkpointDir where each epoch's exported SavedModel goes ({@code epoch-N})
 * @param outputFolder where the best epoch's SavedModel is written
 */
public record SavedModelTrainingRequest(
    Path baseFolder,
    float[][] trainInputs,
    int[] trainClasses,
    float[][] validationInputs,
    int[] validationClasses,
    long[] exampleShape,
    String scoringSignature,
    int epochs,
    int batchSize,
    int patience,
    long seed,
    Path checkpointDir,
    Path outputFolder) {}
