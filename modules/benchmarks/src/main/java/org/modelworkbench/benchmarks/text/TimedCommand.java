package org.modelworkbench.benchmarks.text;

/**
 * One command-line call measured by {@code /usr/bin/time -v}.
 *
 * @param exitCode the command's exit status
 * @param seconds its wall time
 * @param peakRssKb its "Maximum resident set size", in KiB
 * @param stdout what it printed on stdout
 * @param stderrTail the last lines it printed on stderr, for error reports
 */
record TimedCommand(int exitCode, double seconds, long peakRssKb, String stdout, String stderrTail) {
  /** The peak resident memory in MiB. */
  double peakRssMb() {
    return peakRssKb / 1024.0;
  }
}
