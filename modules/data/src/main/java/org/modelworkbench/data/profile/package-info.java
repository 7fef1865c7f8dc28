/**
 * Summary statistics of a {@link org.modelworkbench.model.DataTable}'s columns: missing and
 * distinct counts, numeric summaries, histograms, most frequent values and class balance; for free-text columns
 * lengths in words, characters and (with a model's tokenizer) tokens, empty and duplicate texts,
 * and the most frequent words ({@link org.modelworkbench.data.profile.TextProfiler}).
 */
package org.modelworkbench.data.profile;
