/**
 * What every training route shares: {@link org.modelworkbench.ml.training.EpochLoop} runs the epochs with one row
 * order ({@link org.modelworkbench.ml.training.EpochOrder}: one shuffle and seed scheme), one early-stopping policy on
 * validation loss with patience ({@link org.modelworkbench.ml.training.EarlyStopping}), one divergence check
 * ({@link org.modelworkbench.ml.training.Divergence}) and one checkpoint cadence. A route supplies only its
 * {@link org.modelworkbench.ml.training.EpochSteps}: a batch step, a validation step and a save. Checkpoints live in
 * epoch folders ({@link org.modelworkbench.ml.training.EpochFolders}) written through {@link org.modelworkbench.ml.training.AtomicFiles},
 * so a crash never leaves a half-written checkpoint.
 */
package org.modelworkbench.ml.training;
