/**
 * Training and running tabular networks with DJL on the PyTorch engine.
 *
 * <p>{@link org.modelworkbench.ml.TabularTrainer} trains an MLP or a linear model from a
 * {@link org.modelworkbench.ml.TrainingRequest} and saves the best epoch's parameters with a
 * {@code model.json} manifest; {@link org.modelworkbench.ml.TabularModel} loads that folder and
 * predicts. {@link org.modelworkbench.ml.EngineSetup} starts the engine offline, and
 * {@link org.modelworkbench.ml.Devices} maps the user's device choice to an engine device.
 *
 * <p>{@link org.modelworkbench.ml.EpochLoop} is the epoch loop of every training route (tabular,
 * image, SavedModel): each route supplies its {@link org.modelworkbench.ml.EpochSteps}, and the
 * loop applies one row order ({@link org.modelworkbench.ml.EpochOrder}), one early-stopping rule
 * ({@link org.modelworkbench.ml.EarlyStopping}) and one divergence check
 * ({@link org.modelworkbench.ml.Divergence}).
 *
 * <p>Nothing here downloads: the PyTorch natives come from the Maven jar and are unpacked once
 * into the cache folder.
 */
package org.modelworkbench.ml;
