package org.modelworkbench.store.sql;

import java.util.Objects;

/** Quoting of SQL identifiers, so names that come from user data can never change a statement. */
public final class SqlNames {
  private SqlNames() {}

  /**
   * Quotes an identifier for H2: wraps it in double quotes and doubles every embedded quote.
   * The quoted name is case-sensitive and may hold spaces, reserved words and any character.
   */
  public static String quote(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
