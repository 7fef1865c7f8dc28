/**
 * The text classification benchmarks: {@link org.modelworkbench.benchmarks.text.TextBenchmark} (the
 * TF-IDF classifier against scikit-learn on the same splits of generated reviews and tickets and of
 * real Debian package descriptions) and {@link org.modelworkbench.benchmarks.text.FineTuneBenchmark}
 * (the {@code workbench} command line end to end: import, TF-IDF and fine-tuned encoders, predict,
 * with time and peak memory, against the same peer). Also {@link
 * org.modelworkbench.benchmarks.text.TokenIds}, the workbench tokenizer's ids for the check that an
 * exported fine-tuned model scores the same in Python, and {@link
 * org.modelworkbench.benchmarks.text.TicketSample}, which writes the sample tickets.
 */
package org.modelworkbench.benchmarks.text;
