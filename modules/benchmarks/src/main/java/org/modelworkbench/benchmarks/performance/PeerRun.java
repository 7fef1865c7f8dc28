package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One run of a peer script.
 *
 * @param seconds its wall time from outside, interpreter start and imports included
 * @param peakRssMb its peak resident memory, or a negative number when not known
 * @param result the JSON object it printed last on stdout
 */
public record PeerRun(double seconds, double peakRssMb, JsonNode result) {
  /** A number from the result, or NaN when it is missing. */
  public double number(String field) {
    JsonNode value = result.get(field);
    return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
  }
}
