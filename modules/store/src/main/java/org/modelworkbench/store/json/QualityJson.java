package org.modelworkbench.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;

/** JSON form of a data-quality report: a list of findings. */
public final class QualityJson {
  private QualityJson() {}

  /** Writes a report. */
  public static String toJson(QualityReport report) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (QualityFinding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", f.severity().name());
      m.put("code", f.code());
      m.put("column", f.column());
      m.put("message", f.message());
      m.put("count", f.count());
      findings.add(m);
    }
    return JsonSupport.write(findings);
  }

  /** Reads a report written by {@link #toJson(QualityReport)}. */
  public static QualityReport fromJson(String json) {
    try {
      List<QualityFinding> findings = new ArrayList<>();
      for (JsonNode n : JsonSupport.MAPPER.readTree(json)) {
        findings.add(new QualityFinding(QualityFinding.Severity.valueOf(n.get("severity").asText()),
            n.get("code").asText(), n.get("column").isNull() ? null : n.get("column").asText(),
            n.get("message").asText(), n.get("count").asLong()));
      }
      return new QualityReport(findings);
    } catch (JsonProcessingException | RuntimeException e) {
      throw JsonSupport.unreadable("data-quality report", e);
    }
  }
}
