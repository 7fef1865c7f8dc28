package org.modelworkbench.services.scoring;

import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.TopKAccuracy;

/**
 * A stored evaluation of a library model as it is.
 *
 * @param model the model scored
 * @param evaluation the stored evaluation (no run)
 * @param topK top-k accuracy for image models with more than two classes, else null
 */
public record ModelEvaluationOutcome(ModelInfo model, EvaluationInfo evaluation, TopKAccuracy topK) {}
