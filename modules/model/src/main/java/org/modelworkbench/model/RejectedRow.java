package org.modelworkbench.model;

/**
 * A source row that could not be parsed, kept with where it was.
 *
 * @param line the 1-based line number in the source file where the row starts
 * @param reason why it was rejected, in plain words
 * @param content the raw text of the row (possibly shortened)
 */
public record RejectedRow(long line, String reason, String content) {}
