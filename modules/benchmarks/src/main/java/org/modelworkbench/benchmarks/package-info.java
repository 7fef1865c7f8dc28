/**
 * Benchmarks shipped with the workbench, run by hand with {@code modules/benchmarks/run-import-benchmark.sh}:
 * the million-row CSV import against pandas.read_csv and H2's CSVREAD on the same generated file.
 */
package org.modelworkbench.benchmarks;
