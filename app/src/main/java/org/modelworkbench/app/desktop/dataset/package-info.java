/**
 * The dataset view: rows paged lazily from the services into a virtualised table, the profile of
 * each column, the class balance of a chosen target, the rows the import rejected, and Export… of
 * the rows as shown to a CSV file or an Excel workbook.
 */
package org.modelworkbench.app.desktop.dataset;
