/**
 * JavaFX charts the views share: training curves (loss and validation metric per epoch), single
 * or overlaid for several runs.
 */
package org.modelworkbench.app.desktop.charts;
