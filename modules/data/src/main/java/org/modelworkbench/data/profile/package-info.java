/**
 * Summary statistics of a {@link org.modelworkbench.model.DataTable}'s columns: missing and
 * distinct counts, numeric summaries, histograms, most frequent values and class balance.
 */
package org.modelworkbench.data.profile;
