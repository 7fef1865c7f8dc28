package org.modelworkbench.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.WorkbenchException;

/**
 * JSON and text forms of the parts of a model's signature stored in the {@code models} table:
 * label lists, signature lists and shapes ({@code "1,8,8"}).
 */
public final class SignatureJson {
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
  private static final TypeReference<List<SignatureSpec>> SIGNATURES = new TypeReference<>() {};

  private SignatureJson() {}

  /** A list of labels as a JSON array. */
  public static String labelsToJson(List<String> labels) {
    return JsonSupport.write(labels);
  }

  /** Labels read back; null or blank text gives an empty list. */
  public static List<String> labelsFromJson(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JsonSupport.MAPPER.readValue(json, TEXTS);
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("a model's labels", e);
    }
  }

  /** Signatures as a JSON array. */
  public static String signaturesToJson(List<SignatureSpec> signatures) {
    return JsonSupport.write(signatures);
  }

  /** Signatures read back; null or blank text gives an empty list. */
  public static List<SignatureSpec> signaturesFromJson(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JsonSupport.MAPPER.readValue(json, SIGNATURES);
    } catch (JsonProcessingException e) {
      throw JsonSupport.unreadable("a model's signatures", e);
    }
  }

  /** A shape as comma-separated dimensions, or null for an empty shape. */
  public static String shapeToText(List<Long> shape) {
    if (shape == null || shape.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Long d : shape) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(d);
    }
    return sb.toString();
  }

  /**
   * A shape read back from comma-separated dimensions.
   *
   * @throws WorkbenchException if a dimension is not a whole number
   */
  public static List<Long> shapeFromText(String text) {
    List<Long> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String part : text.split(",")) {
      try {
        out.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new WorkbenchException("The stored shape '" + text + "' is damaged.", e);
      }
    }
    return out;
  }
}
