/**
 * Domain records of Model Workbench: datasets, columns, runs, models, metrics and evaluations.
 *
 * <p>This package depends on the JDK only, so every other module can share it without pulling in a
 * database, an engine or a toolkit.
 */
package org.modelworkbench.model;
