/**
 * The text classification benchmarks: {@link org.modelworkbench.benchmarks.text.TextBenchmark} (the
 * TF-IDF classifier against scikit-learn on the same splits of generated reviews and tickets and of
 * real Debian package descriptions) and {@link org.modelworkbench.benchmarks.text.FineTuneBenchmark}
 * (the {@code workbench} command line end to end: import, TF-IDF and fine-tuned encoders, predict,
 * with time and peak memory, against the same peer).
 */
package org.modelworkbench.benchmarks.text;
