/**
 * Tabular networks on the PyTorch engine: {@link org.modelworkbench.ml.tabular.TabularTrainer} trains an MLP or a
 * linear model from a {@link org.modelworkbench.ml.tabular.TrainingRequest} through the shared epoch loop and keeps
 * the best epoch's parameters with a {@code model.json} manifest;
 * {@link org.modelworkbench.ml.tabular.TabularModel} loads such a folder and predicts.
 */
package org.modelworkbench.ml.tabular;
