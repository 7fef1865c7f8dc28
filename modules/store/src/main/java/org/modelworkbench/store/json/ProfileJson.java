package org.modelworkbench.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.model.WorkbenchException;

/** JSON for the list parts of a column profile: its most frequent values and its histogram. */
public final class ProfileJson {
  private static final TypeReference<List<ValueCount>> VALUE_COUNTS = new TypeReference<>() {};
  private static final TypeReference<List<HistogramBin>> BINS = new TypeReference<>() {};

  private ProfileJson() {}

  /**
   * Writes the most frequent values as a JSON array of {@code {"value":..,"count":..}}.
   *
   * @param topValues the values, not null
   * @return the JSON text
   */
  public static String topValuesToJson(List<ValueCount> topValues) {
    return JsonSupport.write(Objects.requireNonNull(topValues, "topValues"));
  }

  /**
   * Reads values written by {@link #topValuesToJson(List)}.
   *
   * @param json the JSON text, not null
   * @return an immutable list in the stored order
   * @throws WorkbenchException if the text is not such a document
   */
  public static List<ValueCount> topValuesFromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return List.copyOf(JsonSupport.MAPPER.readValue(json, VALUE_COUNTS));
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("column profile", e);
    }
  }

  /**
   * Writes histogram bins as a JSON array of {@code {"lower":..,"upper":..,"count":..}}.
   *
   * @param histogram the bins, not null
   * @return the JSON text
   */
  public static String histogramToJson(List<HistogramBin> histogram) {
    return JsonSupport.write(Objects.requireNonNull(histogram, "histogram"));
  }

  /**
   * Reads bins written by {@link #histogramToJson(List)}.
   *
   * @param json the JSON text, not null
   * @return an immutable list in the stored order
   * @throws WorkbenchException if the text is not such a document
   */
  public static List<HistogramBin> histogramFromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return List.copyOf(JsonSupport.MAPPER.readValue(json, BINS));
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("column histogram", e);
    }
  }
}
