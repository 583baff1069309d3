package vn.gov.pressinfo.registry.role;

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
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;

/**
 * V6 publishes the terms of every role recorded before AgencyRoleChanged existed, once, as the service would have
 * written the event; V7 gives the links of earlier reorganisations their heir (the first successor, as
 * AgencyReorganized.Link.heir() assumes). Migrated on a database of its own, from V5 to the latest version.
 */
@QuarkusTest
class RoleBackfillMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void existingRoleTermsReachTheOutboxOnceAndEarlierLinksGetTheirHeir() throws Exception {
        String database = "registry_v6_" + UUID.randomUUID().toString().substring(0, 8);
        String databaseUrl = url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        try {
            Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration", "classpath:db/platform")
                    .target("5").load().migrate();

            UUID tttt = UUID.randomUUID();
            UUID vhttdl = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            UUID reorganisation = UUID.randomUUID();
            try (Connection c = DriverManager.getConnection(databaseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("INSERT INTO agency (id, code, name, type_code, status, valid_from, version, created_at, created_by, updated_at, "
                        + "updated_by) VALUES "
                        + "('" + tttt + "', 'KG-TTTT', 'Sở Thông tin và Truyền thông', 'DEPARTMENT', 'ACTIVE', '2008-01-01', 0, now(), 'seed', now(), 'seed'), "
                        + "('" + vhttdl + "', 'KG-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch \"mới\"', 'DEPARTMENT', 'ACTIVE', '2008-01-01', 0, now(), "
                        + "'seed', now(), 'seed'), "
                        + "('" + other + "', 'KG-KHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT', 'ACTIVE', '2008-01-01', 0, now(), 'seed', now(), 'seed')");
                s.execute("INSERT INTO agency_role (role, agency_id, valid_from, valid_to, document_number, document_date, document_signer, "
                        + "recorded_at, recorded_by) VALUES "
                        + "('PRESS_MANAGEMENT_DEPARTMENT', '" + vhttdl + "', '2025-03-01', NULL, '312/QĐ-UBND', '2025-02-26', 'UBND tỉnh', "
                        + "'2026-11-21T02:00:00.1234Z', 'system-client'), "
                        + "('PRESS_MANAGEMENT_DEPARTMENT', '" + tttt + "', '2008-03-01', '2025-03-01', '1001/QĐ-UBND', '2008-02-20', 'UBND tỉnh', "
                        + "'2026-11-20T02:00:00Z', 'press-admin-user')");
                // a split recorded before V7: its links do not say who takes the work
                s.execute("INSERT INTO reorganisation (id, kind, effective_date, document_number, document_date, document_signer, recorded_at, "
                        + "recorded_by) VALUES ('" + reorganisation + "', 'SPLIT', '2025-07-01', '1/NQ', '2025-06-01', 'HĐND', now(), 'seed')");
                s.execute("INSERT INTO reorganisation_participant (reorganisation_id, agency_id, role, position, created, code, name) VALUES "
                        + "('" + reorganisation + "', '" + tttt + "', 'PREDECESSOR', 0, false, 'KG-TTTT', 'Sở TTTT'), "
                        + "('" + reorganisation + "', '" + other + "', 'SUCCESSOR', 2, false, 'KG-KHCN', 'Sở KHCN'), "
                        + "('" + reorganisation + "', '" + vhttdl + "', 'SUCCESSOR', 1, false, 'KG-VHTTDL', 'Sở VHTTDL')");
                s.execute("INSERT INTO reorganisation_link (reorganisation_id, predecessor_id, successor_id) VALUES "
                        + "('" + reorganisation + "', '" + tttt + "', '" + other + "'), ('" + reorganisation + "', '" + tttt + "', '" + vhttdl + "')");
            }
            Flyway.configure().dataSource(databaseUrl, user, password).locations("classpath:db/migration", "classpath:db/platform").load().migrate();

            List<String> payloads = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(databaseUrl, user, password); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT topic, event_key, event_type, source, subject, occurred_at, payload, sent_at "
                        + "FROM outbox_event ORDER BY id")) {
                    while (rs.next()) {
                        assertThat(rs.getString("topic")).isEqualTo("registry.agencies.v1");
                        assertThat(rs.getString("event_key")).isEqualTo("PRESS_MANAGEMENT_DEPARTMENT");
                        assertThat(rs.getString("subject")).isEqualTo("PRESS_MANAGEMENT_DEPARTMENT");
                        assertThat(rs.getString("event_type")).isEqualTo("vn.gov.pressinfo.registry.AgencyRoleChanged.v1");
                        assertThat(rs.getString("source")).isEqualTo("/pressinfo/registry-service");
                        assertThat(rs.getTimestamp("occurred_at").toInstant()).isEqualTo(Instant.parse("2026-11-21T02:00:00.1234Z"));
                        assertThat(rs.getTimestamp("sent_at")).isNull();
                        payloads.add(rs.getString("payload"));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT successor_id FROM reorganisation_link WHERE takes_work")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1)).isEqualTo(vhttdl); // position 1 comes before position 2
                    assertThat(rs.next()).isFalse();
                }
            }
            // byte for byte what EventJson writes for the record
            assertThat(payloads).containsExactly(EventJson.write(new AgencyRoleChanged("PRESS_MANAGEMENT_DEPARTMENT",
                    AgencyRole.PRESS_MANAGEMENT_DEPARTMENT.label(), List.of(
                            new AgencyRoleChanged.Term(tttt, "KG-TTTT", "Sở Thông tin và Truyền thông", LocalDate.of(2008, 3, 1),
                                    LocalDate.of(2025, 3, 1), "1001/QĐ-UBND"),
                            new AgencyRoleChanged.Term(vhttdl, "KG-VHTTDL", "Sở Văn hóa, Thể thao và Du lịch \"mới\"", LocalDate.of(2025, 3, 1),
                                    null, "312/QĐ-UBND")),
                    "system-client", Instant.parse("2026-11-21T02:00:00.123400Z"))));
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
            }
        }
    }
}
