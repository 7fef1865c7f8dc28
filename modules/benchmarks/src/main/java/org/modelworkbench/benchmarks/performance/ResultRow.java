package org.modelworkbench.benchmarks.performance;

/**
 * One line of the final table, and one object of the {@code --json} file. The same shape serves
 * the rows of the start-up and stall scripts, which write it themselves.
 *
 * <p>In JSON the fields are {@code name}, {@code unit}, {@code workbench}, {@code workbench_min},
 * {@code workbench_max}, {@code peer}, {@code peer_min}, {@code peer_max}, {@code ratio},
 * {@code floor} and {@code met}; a figure that does not exist (no peer, no floor) is null.
 *
 * @param name what is compared, e.g. "tabular training, batch 64"
 * @param unit the unit of the workbench and peer figures, e.g. "rows/s" or "s"
 * @param workbench the workbench's median
 * @param workbenchMin the workbench's smallest measurement
 * @param workbenchMax the workbench's largest measurement
 * @param peer the peer's median, or null when there is no peer
 * @param peerMin the peer's smallest measurement
 * @param peerMax the peer's largest measurement
 * @param ratio the medians' ratio, higher better for the workbench (peer / workbench for times),
 *     or null
 * @param floor the least ratio the issue accepts (for a row without a peer, the script that wrote
 *     it says what it bounds), or null for a figure given for information
 * @param met whether the floor is met, or null without a floor
 */
public record ResultRow(String name, String unit, Double workbench, Double workbenchMin, Double workbenchMax,
    Double peer, Double peerMin, Double peerMax, Double ratio, Double floor, Boolean met) {

  /**
   * A row comparing both sides.
   *
   * @param name what is compared
   * @param unit the figures' unit
   * @param direction which way the figures are better
   * @param workbench the workbench's measurements
   * @param peer the peer's measurements
   * @param floor the least acceptable ratio, or null for information only
   * @return the row, with its ratio and whether it meets the floor
   */
  public static ResultRow compare(String name, String unit, Direction direction, Summary workbench, Summary peer,
      Double floor) {
    double ratio = direction.ratio(workbench.median(), peer.median());
    Double shownRatio = Double.isNaN(ratio) ? null : ratio;
    Boolean met = floor == null ? null : shownRatio != null && ratio >= floor;
    return new ResultRow(name, unit, workbench.median(), workbench.min(), workbench.max(), peer.median(),
        peer.min(), peer.max(), shownRatio, floor, met);
  }

  /**
   * A comparison that could not be measured: it counts as missed when it has a floor.
   *
   * @param name what was to be compared
   * @param floor its floor, or null
   * @return a row without figures
   */
  public static ResultRow failed(String name, Double floor) {
    return new ResultRow(name, "failed", null, null, null, null, null, null, null, floor,
        floor == null ? null : Boolean.FALSE);
  }

  /** Whether this row has a floor and misses it. */
  public boolean missed() {
    return Boolean.FALSE.equals(met);
  }
}
