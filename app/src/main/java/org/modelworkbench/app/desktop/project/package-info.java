/**
 * Which project is open: the startup choice (command line, last project, or the sample project),
 * the remembered recent projects, and the session that opens and closes a project in the
 * background.
 */
package org.modelworkbench.app.desktop.project;
