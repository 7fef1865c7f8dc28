/**
 * The main window: menu bar with accelerators, the sidebar of datasets, models and runs, the
 * content area showing the selected item, the status bar (jobs and compute device), the jobs
 * panel, and the drop target over the whole window.
 */
package org.modelworkbench.app.desktop.main;
