/**
 * Exporting a dataset version's rows to a CSV file or an Excel workbook, so that what was imported
 * can be taken out again and imported back to the same rows and column types.
 *
 * <p>{@link org.modelworkbench.services.datasets.export.DatasetExport} is the entry point (reached through
 * {@link org.modelworkbench.services.Workbench#datasetExport()}). It reads the stored rows page by
 * page, as the dataset view does (a {@link org.modelworkbench.model.RowView} when the rows are
 * filtered or sorted), so a million rows never sit in memory as objects, and writes them through a
 * temporary file that replaces the target only when complete. Values are written in the forms the
 * importers read back as the same type: ISO dates and timestamps, decimals that keep a decimal
 * point, {@code true}/{@code false}, and an empty field for a missing value.
 */
package org.modelworkbench.services.datasets.export;
