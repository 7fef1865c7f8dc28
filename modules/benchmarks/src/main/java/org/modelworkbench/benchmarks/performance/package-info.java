/**
 * The side-by-side performance benchmark ({@code modules/benchmarks/run-benchmarks.sh}): every
 * comparison of the workbench against its peers (PyTorch, pandas and H2 run from their own tools)
 * in one run, on data it generates itself from fixed seeds.
 *
 * <p>Each comparison is one {@link org.modelworkbench.benchmarks.performance.Comparison}; it runs
 * the workbench through its real command line (the built app jar, a fresh project, a home folder of
 * its own) and the peer through a readable Python script in {@code modules/benchmarks/python/},
 * alternating the two sides, and gives {@link org.modelworkbench.benchmarks.performance.ResultRow}s:
 * medians with their min and max, a ratio in which higher is better for the workbench, and the
 * floor the issue sets. {@link org.modelworkbench.benchmarks.performance.PerformanceBenchmark} runs
 * them all, prints one table, writes it as JSON when asked and exits non-zero when a floor is
 * missed.
 */
package org.modelworkbench.benchmarks.performance;
