package org.modelworkbench.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * JSON for the documents a run carries: its {@link Metrics}, its {@link DeviceInfo} and its text
 * maps (hyperparameters, library versions).
 *
 * <p>Metrics are written as their record fields plus a {@code "task"} field
 * ({@code "classification"} or {@code "regression"}) that says which record to read back, for
 * example {@code {"task":"regression","rmse":1.5,"mae":1.0,"r2":0.8,"count":20}}. Reading and
 * writing round-trip every field exactly, including the confusion matrix, a null ROC AUC and NaN.
 */
public final class MetricsJson {
  private static final String TASK_FIELD = "task";
  private static final TypeReference<LinkedHashMap<String, String>> TEXT_MAP = new TypeReference<>() {};

  private MetricsJson() {}

  /**
   * Writes metrics as JSON.
   *
   * @param metrics the metrics, not null
   * @return the JSON text
   */
  public static String toJson(Metrics metrics) {
    Objects.requireNonNull(metrics, "metrics");
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    // The task goes first so the stored text is easy to read.
    node.put(TASK_FIELD, metrics.task().label());
    node.setAll((ObjectNode) JsonSupport.MAPPER.valueToTree(metrics));
    return JsonSupport.write(node);
  }

  /**
   * Reads metrics written by {@link #toJson(Metrics)}.
   *
   * @param json the JSON text, not null
   * @return a {@link ClassificationMetrics} or {@link RegressionMetrics}
   * @throws WorkbenchException if the text is not such a document
   */
  public static Metrics fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = JsonSupport.MAPPER.readTree(json);
      JsonNode task = node == null ? null : node.get(TASK_FIELD);
      if (task == null || !task.isTextual()) {
        throw JsonSupport.unreadable("metrics", new IllegalArgumentException("No task field in " + json));
      }
      Class<? extends Metrics> type = switch (Task.valueOf(task.asText().toUpperCase(Locale.ROOT))) {
        case CLASSIFICATION -> ClassificationMetrics.class;
        case REGRESSION -> RegressionMetrics.class;
      };
      return JsonSupport.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw JsonSupport.unreadable("metrics", e);
    }
  }

  /**
   * Writes a device description as JSON.
   *
   * @param device the device, not null
   * @return the JSON text
   */
  public static String toJson(DeviceInfo device) {
    return JsonSupport.write(Objects.requireNonNull(device, "device"));
  }

  /**
   * Reads a device description written by {@link #toJson(DeviceInfo)}.
   *
   * @param json the JSON text, not null
   * @return the device
   * @throws WorkbenchException if the text is not such a document
   */
  public static DeviceInfo deviceFromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JsonSupport.MAPPER.readValue(json, DeviceInfo.class);
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("device description", e);
    }
  }

  /**
   * Writes a text map as a JSON object, keeping the map's order.
   *
   * @param map the map, not null; null values are kept as JSON null
   * @return the JSON text
   */
  public static String toJson(Map<String, String> map) {
    return JsonSupport.write(Objects.requireNonNull(map, "map"));
  }

  /**
   * Reads a text map written by {@link #toJson(Map)}.
   *
   * @param json the JSON text, not null
   * @return a modifiable map in the stored order
   * @throws WorkbenchException if the text is not such a document
   */
  public static Map<String, String> mapFromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JsonSupport.MAPPER.readValue(json, TEXT_MAP);
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("settings", e);
    }
  }
}
