/**
 * Errors nobody caught: each is logged, written to a crash report in the log folder, and told
 * to the user in one sentence that says where the report is, at most one dialog at a time. The
 * report writer and the handler are plain classes tested without a screen.
 */
package org.modelworkbench.app.desktop.crash;
