package org.modelworkbench.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.modelworkbench.model.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of one open project and the way repositories use it: every call takes its
 * own connection, so background threads never share one, and SQL errors become plain messages.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** H2 needs a user; the file is protected by the file system, not by a password. */
  private static final String USER = "sa";
  private static final String PASSWORD = "";

  private final String url;
  private final JdbcConnectionPool pool;
  private volatile boolean closed;

  private Database(String url, JdbcConnectionPool pool) {
    this.url = url;
    this.pool = pool;
  }

  /**
   * Creates the pool and makes its first connection, which opens the file and takes its lock.
   *
   * @throws SQLException if the first connection fails; nothing is left open then
   */
  public static Database connect(String url) throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
    try (Connection first = pool.getConnection()) {
      // Only opening matters; the connection goes back to the pool and keeps the file open.
      return new Database(url, pool);
    } catch (SQLException e) {
      pool.dispose();
      throw e;
    }
  }

  /** The pool, for Flyway. */
  public DataSource dataSource() {
    return pool;
  }

  /** A connection in auto-commit mode; the caller closes it, which returns it to the pool. */
  public Connection connection() throws SQLException {
    if (closed) {
      throw closedError(null);
    }
    try {
      return pool.getConnection();
    } catch (IllegalStateException e) {
      // The pool was disposed between the check above and here.
      throw closedError(e);
    }
  }

  private static WorkbenchException closedError(Throwable cause) {
    return new WorkbenchException("The project database is closed.", cause);
  }

  /**
   * Runs work on a connection in auto-commit mode (reads and single statements).
   *
   * @param failure the plain message if the database fails
   */
  public <T> T read(String failure, SqlWork<T> work) {
    try (Connection connection = connection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw failure(failure, e);
    }
  }

  /**
   * Runs work in one transaction: commits when it returns, rolls back when it throws.
   *
   * @param failure the plain message if the database fails
   */
  public <T> T transaction(String failure, SqlWork<T> work) {
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection);
        throw e;
      } finally {
        restoreAutoCommit(connection);
      }
    } catch (SQLException e) {
      throw failure(failure, e);
    }
  }

  /** The user-facing error for a failed statement, with the SQL error kept as cause. */
  public WorkbenchException failure(String message, SQLException cause) {
    LOG.debug("{} (SQL state {}, H2 code {})", message, cause.getSQLState(), cause.getErrorCode(), cause);
    if (cause.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
      return new WorkbenchException(message + " It refers to a dataset, run or model that is not in this project.",
          cause);
    }
    return new WorkbenchException(message, cause);
  }

  /** Rolls back, logging instead of throwing: used while another error is already on its way. */
  public static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.warn("Rollback failed", e);
    }
  }

  /** Puts a pooled connection back in auto-commit mode without hiding an error on its way. */
  public static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.warn("Could not restore auto-commit", e);
    }
  }

  /**
   * Closes the database file. Closing the pool closes its idle connections, and H2 closes the file
   * with the last connection. If some thread still holds a connection, SHUTDOWN closes the file
   * anyway, so the lock is released and the project can be opened again at once.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    int busy = pool.getActiveConnections();
    pool.dispose();
    if (busy > 0) {
      LOG.warn("{} database connection(s) still in use while closing the project; shutting the database down",
          busy);
      shutdown();
    }
  }

  /** Runs SHUTDOWN on a connection outside the pool (a pooled one would log an error on close). */
  private void shutdown() {
    JdbcDataSource direct = new JdbcDataSource();
    direct.setURL(url);
    direct.setUser(USER);
    direct.setPassword(PASSWORD);
    try (Connection connection = direct.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.warn("Could not shut the project database down cleanly", e);
    }
  }
}
