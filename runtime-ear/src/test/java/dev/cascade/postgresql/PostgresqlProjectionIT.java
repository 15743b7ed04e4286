package dev.cascade.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.testsupport.CascadeEar;
import dev.cascade.testsupport.Http;
import dev.cascade.testsupport.PostgresqlTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Looks into PostgreSQL itself: the JPA round trip really lands there, and a rollback does not. */
@ExtendWith(ArquillianExtension.class)
class PostgresqlProjectionIT {

  private static final String PROBES = "api/diagnostics/probes";

  private final Http http = new Http(CascadeEar.BASE_URL);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return CascadeEar.fromBuild();
  }

  @Test
  void committedProbeIsARowInPostgresql() throws SQLException {
    String id = http.postJson(PROBES, "{\"label\": \"in postgres\"}").json().getString("id");

    assertThat(labelInDatabase(id)).contains("in postgres");
  }

  @Test
  void rolledBackProbeLeavesNoRowInPostgresql() throws SQLException {
    String id =
        http.postJson(PROBES, "{\"label\": \"gone\", \"failAfterWrite\": true}")
            .json()
            .getString("id");

    assertThat(labelInDatabase(id)).isEmpty();
  }

  private static Optional<String> labelInDatabase(String id) throws SQLException {
    try (Connection connection = PostgresqlTestDatabase.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT label FROM diagnostic_probe WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }
}
