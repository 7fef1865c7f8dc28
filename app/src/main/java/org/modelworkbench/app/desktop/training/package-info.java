/**
 * Training: the "Train model" dialog with its settings checked as they change, and the live
 * monitor of a run (loss and metric per epoch, progress, time left, rows per second, Cancel).
 */
package org.modelworkbench.app.desktop.training;
