/**
 * Training: the "Train model" dialog with its settings checked as they change (numbers as typed,
 * here, on every keystroke; target, kind and base by the training service), each setting explained
 * in plain words, and the live monitor of a run (loss and metric per epoch, progress, time left,
 * rows per second, Cancel).
 */
package org.modelworkbench.app.desktop.training;
