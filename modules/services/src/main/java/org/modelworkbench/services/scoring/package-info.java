/**
 * Scoring a model on rows: evaluating a run's or a library model's predictions against a known
 * target ({@link org.modelworkbench.services.scoring.EvaluationService}, {@link org.modelworkbench.services.scoring.ModelEvaluation}) and predicting
 * a new file ({@link org.modelworkbench.services.scoring.PredictionService}). Training uses it to measure a finished run;
 * scoring never uses training.
 */
package org.modelworkbench.services.scoring;
