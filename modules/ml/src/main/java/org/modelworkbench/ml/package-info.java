/**
 * Machine learning with DJL, offline: the module's packages by feature.
 *
 * <ul>
 *   <li>{@code engine}: starting the PyTorch engine from the Maven jar's natives, devices, GPU names;
 *   <li>{@code training}: the one epoch loop every route trains through
 *       ({@link org.modelworkbench.ml.training.EpochLoop}), its row order, early stopping, divergence check, checkpoint
 *       folders and atomic files;
 *   <li>{@code tabular}: MLP and linear models on table rows, with {@code features} (preprocessing)
 *       and {@code metrics};
 *   <li>{@code image}: image classifiers from scratch or fine-tuned from a TorchScript backbone;
 *   <li>{@code torchscript}: loading and running TorchScript files;
 *   <li>{@code tensorflow}: running and fine-tuning TensorFlow SavedModels;
 *   <li>{@code library}: recognising a model brought in from outside and probing its shapes.
 * </ul>
 *
 * <p>Nothing here downloads: natives come from Maven jars and are unpacked once into the cache.
 */
package org.modelworkbench.ml;
