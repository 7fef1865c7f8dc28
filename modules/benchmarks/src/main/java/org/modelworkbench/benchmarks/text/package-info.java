/**
 * The TF-IDF text classification benchmark ({@link org.modelworkbench.benchmarks.text.TextBenchmark}):
 * the workbench's classifier against scikit-learn on the same splits of generated reviews and
 * tickets and of real Debian package descriptions. Also {@link
 * org.modelworkbench.benchmarks.text.TokenIds}, the workbench tokenizer's ids for the check that an
 * exported fine-tuned model scores the same in Python.
 */
package org.modelworkbench.benchmarks.text;
