package org.modelworkbench.benchmarks.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's one table, as Markdown text (it can be pasted into docs/PERFORMANCE.md as it
 * is) and as the JSON array of {@code --json}; also reads such an array back, which is how the rows
 * of the start-up and stall scripts join the table.
 */
final class ResultTable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String[] HEADER = {"name", "unit", "workbench", "peer", "ratio", "floor", "met"};

  private ResultTable() {}

  /**
   * The rows as a Markdown table: medians with [min, max] when they differ, "-" where there is no
   * figure.
   */
  static String markdown(List<ResultRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (ResultRow r : rows) {
      cells.add(new String[] {r.name(), r.unit(), spread(r.workbench(), r.workbenchMin(), r.workbenchMax()),
          spread(r.peer(), r.peerMin(), r.peerMax()), r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f",
          r.ratio()), floor(r),
          r.met() == null ? "-" : r.met() ? "yes" : "NO"});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      line(out, cells.get(r), widths);
      if (r == 0) {
        String[] rule = new String[widths.length];
        for (int i = 0; i < rule.length; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
    }
    out.append('\n');
  }

  /**
   * The floor as it bounds the row: a least ratio ("≥ 1.20"), or, for a row without a peer such as
   * the FX-thread stall, a limit on the workbench's own figure ("< 100 ms").
   */
  static String floor(ResultRow r) {
    if (r.floor() == null) {
      return "-";
    }
    boolean own = r.peer() == null && r.ratio() == null && r.workbench() != null;
    return own ? "< " + number(r.floor()) + " " + r.unit() : "≥ " + String.format(Locale.ROOT, "%.2f", r.floor());
  }

  /** "227,000 [220,000, 239,000]", or just the median when min and max equal it or are unknown. */
  static String spread(Double median, Double min, Double max) {
    if (median == null) {
      return "-";
    }
    if (min == null || max == null || (min.equals(median) && max.equals(median))) {
      return number(median);
    }
    return number(median) + " [" + number(min) + ", " + number(max) + "]";
  }

  /** A figure with as many digits as it needs: "227,513", "45.2", "7.53", "0.912". */
  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** The rows as the JSON array of {@code --json}. */
  static String json(List<ResultRow> rows) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ResultRow r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("unit", r.unit());
      m.put("workbench", finite(r.workbench()));
      m.put("workbench_min", finite(r.workbenchMin()));
      m.put("workbench_max", finite(r.workbenchMax()));
      m.put("peer", finite(r.peer()));
      m.put("peer_min", finite(r.peerMin()));
      m.put("peer_max", finite(r.peerMax()));
      m.put("ratio", finite(r.ratio()));
      m.put("floor", finite(r.floor()));
      m.put("met", r.met());
      out.add(m);
    }
    return JSON.writeValueAsString(out) + "\n";
  }

  /**
   * Reads rows written in the same format (by this class or by another script).
   *
   * @param text a JSON array of row objects; missing fields are null
   * @return the rows
   * @throws IOException when the text is not such an array
   */
  static List<ResultRow> parse(String text) throws IOException {
    JsonNode array = JSON.readTree(text);
    if (array == null || !array.isArray()) {
      throw new IOException("expected a JSON array of rows");
    }
    List<ResultRow> rows = new ArrayList<>();
    for (JsonNode o : array) {
      rows.add(new ResultRow(text(o, "name"), text(o, "unit"), num(o, "workbench"), num(o, "workbench_min"),
          num(o, "workbench_max"), num(o, "peer"), num(o, "peer_min"), num(o, "peer_max"), num(o, "ratio"),
          num(o, "floor"), o.hasNonNull("met") ? o.get("met").asBoolean() : null));
    }
    return rows;
  }

  private static Double finite(Double v) {
    return v == null || v.isNaN() || v.isInfinite() ? null : v;
  }

  private static String text(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).asText() : "";
  }

  private static Double num(JsonNode o, String field) {
    return o.hasNonNull(field) && o.get(field).isNumber() ? o.get(field).asDouble() : null;
  }
}
