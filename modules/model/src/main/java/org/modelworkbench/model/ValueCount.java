package org.modelworkbench.model;

/**
 * How often one value occurs in a column.
 *
 * @param value the value as text
 * @param count its number of occurrences
 */
public record ValueCount(String value, long count) {}
