/**
 * The desktop window's settings (recent projects, window state), kept in one properties file in
 * the OS's per-user settings folder.
 */
package org.modelworkbench.app.desktop.settings;
