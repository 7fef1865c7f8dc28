/**
 * Small pieces the views share: the UI-thread executor, plain error messages and the error
 * dialog, notifications, file choosers behind an interface, number formats, icons and empty
 * states.
 */
package org.modelworkbench.app.desktop.common;
