/**
 * The runs browser: every run in one table with a filter per column and sorting by any metric,
 * and the side-by-side comparison of two or more runs (differing settings highlighted, metric
 * deltas, overlaid curves).
 */
package org.modelworkbench.app.desktop.runs;
