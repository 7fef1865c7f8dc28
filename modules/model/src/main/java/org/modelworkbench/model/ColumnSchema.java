package org.modelworkbench.model;

import java.util.Objects;

/**
 * A column's name and type.
 *
 * @param name the column name exactly as in the source header
 * @param type the inferred type
 */
public record ColumnSchema(String name, ColumnType type) {
  /** Validates that both parts are present. */
  public ColumnSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
