/**
 * The TF-IDF text classification benchmark ({@link org.modelworkbench.benchmarks.text.TextBenchmark}):
 * the workbench's classifier against scikit-learn on the same splits of generated reviews and
 * tickets and of real Debian package descriptions.
 */
package org.modelworkbench.benchmarks.text;
