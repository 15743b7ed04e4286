package dev.cascade.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL test database before any test starts a server that points at it, the way
 * the build provisions its own WildFly. Acts only in the test runs that ask for it.
 */
public class PostgresqlTestDatabase implements LauncherSessionListener {

  public static final String URL = System.getProperty("cascade.postgresql.url");
  private static final String ADMIN_URL = System.getProperty("cascade.postgresql.admin.url");
  private static final String USER = "postgres";
  private static final String PASSWORD = System.getProperty("cascade.postgresql.password");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("cascade.postgresql.create.database")) {
      createIfMissing(URL.substring(URL.lastIndexOf('/') + 1));
    }
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  private static void createIfMissing(String database) {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
        PreparedStatement exists =
            admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet found = exists.executeQuery()) {
        if (!found.next()) {
          try (Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The PostgreSQL tests need a server at "
              + ADMIN_URL
              + " that user "
              + USER
              + " can reach (see README: Test): "
              + e.getMessage(),
          e);
    }
  }
}
