/**
 * The dataset view: rows paged lazily from the services into a virtualised table, the profile of
 * each column, the class balance of a chosen target, and the rows the import rejected.
 */
package org.modelworkbench.app.desktop.dataset;
