/**
 * Scores of a model's predictions against the true values, in plain Java (no engine).
 *
 * <p>Definitions follow scikit-learn where one exists, so numbers can be checked against it:
 * undefined precision, recall or F1 count as 0, ROC AUC handles tied scores with average ranks.
 */
package org.modelworkbench.ml.metrics;
