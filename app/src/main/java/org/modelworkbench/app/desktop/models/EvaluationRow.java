package org.modelworkbench.app.desktop.models;

import org.modelworkbench.model.EvaluationInfo;

/**
 * One stored evaluation of a model as the evaluations table shows it.
 *
 * @param dataset the dataset's name and version, for example "digits v1"
 * @param split which rows: "all rows" or "test split"
 * @param main the first headline metric, for example "Accuracy 0.953" or "R² 0.81"
 * @param others the other headline metrics
 * @param rows how many rows were scored
 * @param when when it was evaluated
 * @param evaluation the stored evaluation
 */
public record EvaluationRow(String dataset, String split, String main, String others, String rows, String when,
    EvaluationInfo evaluation) {}
