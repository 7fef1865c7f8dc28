package org.modelworkbench.benchmarks.text;

import java.util.List;

/**
 * One command-line call measured by {@code /usr/bin/time -v}.
 *
 * @param exitCode the command's exit status
 * @param seconds its wall time
 * @param peakRssKb its "Maximum resident set size", in KiB
 * @param stdout what it printed on stdout
 * @param stderrTail the last lines it printed on stderr, for error reports
 * @param stderrLines every line it printed on stderr, each with the seconds since the start at
 *     which it arrived (so the phases of a command can be told apart without a profiler)
 */
public record TimedCommand(int exitCode, double seconds, long peakRssKb, String stdout, String stderrTail,
    List<StampedLine> stderrLines) {
  /**
   * A line of output and when it arrived.
   *
   * @param seconds seconds since the command started
   * @param text the line
   */
  public record StampedLine(double seconds, String text) {}

  /** The peak resident memory in MiB. */
  public double peakRssMb() {
    return peakRssKb / 1024.0;
  }
}
