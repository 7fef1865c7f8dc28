/**
 * Importing files dropped on the window or picked with File ▸ Import: the rules of which files
 * are accepted (a plain class, tested without the toolkit), the queue that imports each file as a
 * job, and the drop target that highlights the window while a drag is over it.
 */
package org.modelworkbench.app.desktop.dropimport;
