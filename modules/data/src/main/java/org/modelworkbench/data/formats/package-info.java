/**
 * Importing every dataset shape an analyst brings: CSV and other delimited text, Excel workbooks,
 * JSON Lines, folders of images or text files with one sub-folder per class, and zip archives of
 * any of these.
 *
 * <p>{@link org.modelworkbench.data.formats.DatasetReaders} is the entry point: it looks at the
 * source's content and name, refuses known non-data files (a PDF, a picture, a Word document) with
 * one plain sentence, and hands the source to the reader for its format. CSV files go to the
 * existing {@link org.modelworkbench.data.csv.CsvImporter}; spreadsheet and JSON cells are typed
 * like CSV cells, reusing {@link org.modelworkbench.data.infer} for cells that hold text.
 *
 * <p>Zip archives are checked entry by entry before anything is written (no path outside the
 * import folder, no symlinks, no zip bombs) and extracted into a fresh temporary folder; see
 * {@link org.modelworkbench.data.formats.DatasetRead#workFolder()} for who deletes it.
 */
package org.modelworkbench.data.formats;
