/**
 * Entry point of Model Workbench: the desktop window with no arguments, the command line with a
 * sub-command. Both are thin shells over {@code org.modelworkbench.services}.
 */
package org.modelworkbench.app;
