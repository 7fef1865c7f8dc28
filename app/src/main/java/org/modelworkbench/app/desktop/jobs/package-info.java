/**
 * Background jobs of the window: one named executor, a small job builder with success, error and
 * cancel callbacks, the observable state of each job, and the jobs panel that lists them.
 *
 * <p>No service call ever runs on the JavaFX thread: view models start a {@link
 * org.modelworkbench.app.desktop.jobs.JobRunner} job and get their result back on the UI executor.
 */
package org.modelworkbench.app.desktop.jobs;
