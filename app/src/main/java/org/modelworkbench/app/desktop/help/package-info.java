/**
 * The Help menu: the About box (versions, device and folders, with Copy for bug reports) and
 * opening the log folder. The text and the folder logic are plain classes tested without a
 * screen; the engine is asked off the UI thread.
 */
package org.modelworkbench.app.desktop.help;
