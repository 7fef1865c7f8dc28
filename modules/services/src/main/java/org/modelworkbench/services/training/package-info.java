/**
 * The training code: every way to train is a {@link org.modelworkbench.services.training.TrainingRoute}
 * (tabular, image, SavedModel full, SavedModel head), found in the fixed order of
 * {@link org.modelworkbench.services.training.TrainingRoutes}. A {@link
 * org.modelworkbench.services.training.TrainRequest} names the dataset, the settings, each route's
 * own options and strict mode; the route that applies validates it, records the run (with its route,
 * so resuming takes the same one) and trains it through one {@code RecordedRun}, which owns how a
 * run starts, reopens, records its epochs, keeps its best model and ends (cancelled, or
 * interrupted when the app is closing, with the plain messages of {@link
 * org.modelworkbench.services.training.RunEndings}, or failed). A new route is one class
 * here and one line in the registry.
 */
package org.modelworkbench.services.training;
