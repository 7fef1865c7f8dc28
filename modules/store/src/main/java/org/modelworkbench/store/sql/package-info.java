/**
 * SQL plumbing shared by the repositories: the connection pool and transactions of one project
 * ({@link org.modelworkbench.store.sql.Database}), quoting names that come from data ({@link org.modelworkbench.store.sql.SqlNames}), value
 * conversion and typed tables.
 */
package org.modelworkbench.store.sql;
