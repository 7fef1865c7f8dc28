package org.modelworkbench.benchmarks.performance;

/**
 * Runs the two sides of a comparison in turns, workbench then peer, round after round (A B A B):
 * a neighbour's build that slows one round slows both sides, not one.
 */
final class Alternation {
  /** One measurement of one side; it stores its figure itself. */
  @FunctionalInterface
  interface Side {
    /** Measures once. */
    void measure(int round) throws Exception;
  }

  private Alternation() {}

  /**
   * Runs the rounds.
   *
   * @param rounds how many times each side is measured
   * @param workbench the workbench's side
   * @param peer the peer's side
   */
  static void run(int rounds, Side workbench, Side peer) throws Exception {
    for (int round = 1; round <= rounds; round++) {
      workbench.measure(round);
      peer.measure(round);
    }
  }
}
