package vn.gov.pressinfo.registry.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.registry.PressCardChanged;

/**
 * V5 gives every card recorded before it one PressCardChanged row in the outbox, as the service would have
 * written it: migrated on a database of its own, from V4 with two cards to the latest version.
 */
@QuarkusTest
class PressCardBackfillMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void everyExistingCardGetsOnePressCardChangedInTheOutbox() throws Exception {
        String database = "registry_v5_" + UUID.randomUUID().toString().substring(0, 8);
        String databaseUrl = url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        try {
            var config = Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration", "classpath:db/platform");
            config.target("4").load().migrate();

            UUID pressAgency = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(databaseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("INSERT INTO press_agency (id, name, medium, governing_body, licence_number, licence_date, licence_issuer, status, "
                        + "version, created_at, created_by, updated_at, updated_by) VALUES ('" + pressAgency + "', 'Báo \"Kiên Giang\"', "
                        + "'PRINT', 'Tỉnh ủy Kiên Giang', '12/GP-BTTTT', '2020-01-01', 'Bộ Thông tin và Truyền thông', 'ACTIVE', 0, now(), "
                        + "'seed', now(), 'seed')");
                s.execute("INSERT INTO press_card (number, holder_name, press_agency_id, valid_until, created_at, created_by) VALUES "
                        + "('HN-1', 'Lê Minh Tâm', '" + pressAgency + "', '2030-12-31', '2026-11-20T02:00:00Z', 'press-admin-user'), "
                        + "('HN-2', 'Nguyễn Thị Thu', '" + pressAgency + "', '2031-01-15', '2026-11-21T02:00:00.1234Z', 'system-client')");
            }
            Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration", "classpath:db/platform").load().migrate();

            List<String> payloads = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(databaseUrl, user, password); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT topic, event_key, event_type, source, subject, occurred_at, payload, sent_at "
                            + "FROM outbox_event ORDER BY id")) {
                while (rs.next()) {
                    assertThat(rs.getString("topic")).isEqualTo("registry.spokespersons.v1");
                    assertThat(rs.getString("event_key")).isEqualTo(pressAgency.toString());
                    assertThat(rs.getString("subject")).isEqualTo(pressAgency.toString());
                    assertThat(rs.getString("event_type")).isEqualTo("vn.gov.pressinfo.registry.PressCardChanged.v1");
                    assertThat(rs.getString("source")).isEqualTo("/pressinfo/registry-service");
                    assertThat(rs.getTimestamp("sent_at")).isNull();
                    payloads.add(rs.getString("payload"));
                }
                ResultSet cards = s.executeQuery("SELECT count(*) FROM press_card WHERE status = 'ACTIVE' AND status_changed_by = created_by");
                cards.next();
                assertThat(cards.getLong(1)).isEqualTo(2);
            }
            // byte for byte what EventJson writes for the record
            assertThat(payloads).containsExactly(
                    EventJson.write(new PressCardChanged("HN-1", "Lê Minh Tâm", pressAgency, "Báo \"Kiên Giang\"", LocalDate.of(2030, 12, 31),
                            "ACTIVE", null, "press-admin-user", Instant.parse("2026-11-20T02:00:00Z"))),
                    EventJson.write(new PressCardChanged("HN-2", "Nguyễn Thị Thu", pressAgency, "Báo \"Kiên Giang\"", LocalDate.of(2031, 1, 15),
                            "ACTIVE", null, "system-client", Instant.parse("2026-11-21T02:00:00.123400Z"))));
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
            }
        }
    }
}
