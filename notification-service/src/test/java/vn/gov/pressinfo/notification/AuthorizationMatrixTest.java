package vn.gov.pressinfo.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.notification.routing.RoutingTable;
import vn.gov.pressinfo.testing.contract.AuthorizationMatrixContract;

/**
 * The authorization matrix over every operation. The permitted calls really run with the documented examples, which
 * add a department recipient (replacing the configured ones), a webhook subscription and a muted preference, and
 * rewrite a routing rule: this test puts the service's settings back afterwards, since all tests share the database.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String[] SETTINGS = {"routing_rule", "department_recipient", "subscription", "subscription_event_type",
            "preference"};

    @Inject
    DataSource dataSource;

    @Inject
    RoutingTable routing;

    @BeforeEach
    void saveSettings() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : SETTINGS) {
                s.execute("DROP TABLE IF EXISTS matrix_saved_" + table);
                s.execute("CREATE TABLE matrix_saved_" + table + " AS SELECT * FROM " + table);
            }
        }
    }

    @AfterEach
    void restoreSettings() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = SETTINGS.length - 1; i >= 0; i--) {
                s.execute("DELETE FROM " + SETTINGS[i]);
            }
            for (String table : SETTINGS) {
                s.execute("INSERT INTO " + table + " SELECT * FROM matrix_saved_" + table);
                s.execute("DROP TABLE matrix_saved_" + table);
            }
            c.commit();
        }
        routing.invalidate();
    }
}
