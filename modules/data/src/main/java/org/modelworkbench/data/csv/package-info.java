/**
 * Importing CSV files into a typed {@link org.modelworkbench.model.DataTable}.
 *
 * <p>{@link org.modelworkbench.data.csv.CsvImporter} is the entry point. It samples the start of
 * the file to find the delimiter and whether there is a header, then reads the file twice: the
 * first pass checks every row and infers each column's type, the second converts the cells. Bad
 * rows are never dropped silently: they fail the import or, when asked, are listed as rejected.
 * {@link org.modelworkbench.data.csv.CsvImporter#stream} hands the converted rows to a
 * {@link org.modelworkbench.data.csv.RowSink} instead of building a table, for files of any size.
 * {@link org.modelworkbench.data.csv.CsvImporter#streamInOnePass} reads the file once where it
 * can: it guesses the types from the first rows, converts while it reads (the records are split
 * on a second thread), widens a whole-number column that meets a decimal, and falls back to the
 * two passes when a late value fits no guess; it feeds a
 * {@link org.modelworkbench.data.csv.TypedRowSink}.
 * Gzip-compressed files and UTF-8, UTF-16 (with a byte order mark) and legacy text (windows-1250,
 * windows-1251, windows-1253, Shift_JIS, GB18030, ..., with windows-1252 as the fallback) are
 * detected.
 *
 * <p>The records are split by a small RFC 4180 reader of our own ({@code CsvRecordReader}) rather
 * than FastCSV: FastCSV 3.7.0 silently read an unclosed quote to the end of the file and merged text
 * after a closing quote into the field; 4.4.0 still reads an unclosed quote to the end by default and
 * rejects text after a closing quote, but cannot go on after reporting either, so it could not
 * reject just the broken row.
 */
package org.modelworkbench.data.csv;
