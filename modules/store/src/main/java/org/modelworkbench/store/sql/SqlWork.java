package org.modelworkbench.store.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with one connection, free to throw {@link SQLException}; {@link Database} turns that
 * into a plain {@link org.modelworkbench.model.WorkbenchException}.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work. */
  T apply(Connection connection) throws SQLException;
}
