package org.modelworkbench.data.csv;

import java.nio.charset.Charset;

/**
 * How a file is read, decided from its sample and the options before the two full passes.
 *
 * @param file the file
 * @param charset its character set
 * @param delimiter the field delimiter
 * @param hasHeader whether the first record names the columns
 * @param headerlessFieldCount the number of columns when there is no header
 * @param skipBadRows whether bad rows are listed and left out instead of failing the import
 */
record ReadPlan(
    SourceFile file,
    Charset charset,
    char delimiter,
    boolean hasHeader,
    int headerlessFieldCount,
    boolean skipBadRows) {}
