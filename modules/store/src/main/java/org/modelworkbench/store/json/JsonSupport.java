package org.modelworkbench.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.modelworkbench.model.WorkbenchException;

/** The one shared, thread-safe Jackson mapper and its error handling. */
final class JsonSupport {
  /**
   * Unknown fields are ignored so a project written by a newer version, which may add fields,
   * still reads. NaN and infinities are written as the strings "NaN" and "Infinity" (Jackson's
   * default) and read back as numbers, so metrics like an undefined R² survive a round trip.
   */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private JsonSupport() {}

  /** Writes a value as compact JSON. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("Could not write " + value.getClass().getSimpleName() + " as JSON.", e);
    }
  }

  /** The error for a stored document that cannot be read. */
  static WorkbenchException unreadable(String what, Exception cause) {
    return new WorkbenchException("The stored " + what + " could not be read; the project file may be damaged.", cause);
  }
}
