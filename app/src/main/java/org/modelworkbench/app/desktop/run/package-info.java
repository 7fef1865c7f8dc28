/**
 * The run view: settings, device and versions, training curves, test metrics, the confusion
 * matrix heat map whose cells list their rows, the per-class table, and the actions Evaluate,
 * Predict and Export report.
 */
package org.modelworkbench.app.desktop.run;
