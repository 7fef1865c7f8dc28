/**
 * The project store: one embedded H2 database file and one artifacts folder per project.
 *
 * <p>Open a project with {@link org.modelworkbench.store.ProjectDatabase#open(java.nio.file.Path)}
 * and use its repositories for datasets, runs, models, evaluations and predictions. Every method is
 * safe to call from any thread: each call takes its own connection from a pool. Database errors
 * surface as {@link org.modelworkbench.model.WorkbenchException} with a plain message and the
 * {@link java.sql.SQLException} as cause.
 *
 * <p>Streamed dataset imports ({@link org.modelworkbench.store.DatasetAppender}) keep their rows in
 * columnar files under {@code artifacts/datasets/<id>/}, with H2 as their catalogue (decision 0004).
 *
 * <p>The repositories sit here; what they share is in sub-packages: {@code columnar} (the column
 * files of a dataset version, written and read), {@code browse} (sorting, filtering and ranks for
 * the dataset view), {@code sql} (the connection pool, quoting of names from data, typed tables) and
 * {@code json} (the JSON columns). Sub-packages never use the repositories.
 */
package org.modelworkbench.store;
