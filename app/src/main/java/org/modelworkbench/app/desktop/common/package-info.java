/**
 * Small pieces the views share: the UI-thread executor, plain error messages and the error
 * dialog, notifications, file choosers behind an interface, number formats, icons, empty
 * states and pictures decoded upright in the background.
 */
package org.modelworkbench.app.desktop.common;
