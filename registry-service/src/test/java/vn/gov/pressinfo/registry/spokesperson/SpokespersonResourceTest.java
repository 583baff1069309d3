package vn.gov.pressinfo.registry.spokesperson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Fixtures.admin;
import static vn.gov.pressinfo.registry.Fixtures.agency;
import static vn.gov.pressinfo.registry.Fixtures.anonymous;
import static vn.gov.pressinfo.registry.Fixtures.appoint;
import static vn.gov.pressinfo.registry.Fixtures.appointment;
import static vn.gov.pressinfo.registry.Fixtures.as;
import static vn.gov.pressinfo.registry.Fixtures.officerOf;
import static vn.gov.pressinfo.registry.Fixtures.today;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class SpokespersonResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    private static String spokespersons(String agencyId) {
        return "/api/v1/agencies/" + agencyId + "/spokespersons";
    }

    private List<ConsumerRecord<String, String>> events(String agencyId, String type, int count) {
        return TopicReader.await(bootstrapServers, Topics.REGISTRY_SPOKESPERSONS,
                r -> agencyId.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")), count, Duration.ofSeconds(20));
    }

    @Test
    void appointsASpokespersonAndPublishesSpokespersonAppointed() {
        String agencyId = agency("Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT");
        // Decomposed accents, as some input methods send them, are stored composed (NFC).
        var body = appointment(Normalizer.normalize("Lê  Văn Đức", Normalizer.Form.NFD), "HEAD", "2020-01-05", null);
        body.put("phone", "+84 912 345 678");
        String id = admin().body(body).post(spokespersons(agencyId))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/spokespersons/"))
                .header("ETag", equalTo("\"0\""))
                .body("fullName", equalTo("Lê Văn Đức"))
                .body("kind", equalTo("HEAD"))
                .body("status", equalTo("ACTIVE"))
                .body("agencyId", equalTo(agencyId))
                .body("document.number", equalTo("125/QĐ-UBND"))
                .body("validFrom", equalTo("2020-01-05"))
                .body("validTo", nullValue())
                .body("createdBy", equalTo("press-admin-user"))
                .extract().path("id");
        admin().get("/api/v1/spokespersons/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("fullName", equalTo("Lê Văn Đức"));

        List<ConsumerRecord<String, String>> records = events(agencyId, "vn.gov.pressinfo.registry.SpokespersonAppointed.v1", 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(agencyId);
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/pressinfo/registry-service");
        assertThat(record.value()).contains("\"spokespersonId\":\"" + id + "\"").contains("\"fullName\":\"Lê Văn Đức\"")
                .contains("\"agencyName\":\"Sở Văn hóa, Thể thao và Du lịch\"").contains("\"kind\":\"HEAD\"")
                .contains("\"phone\":\"+84 912 345 678\"").doesNotContain("supersededSpokespersonId\":\"");
    }

    @Test
    void aNewAppointmentSupersedesTheCurrentOneInTheSameTransaction() {
        String agencyId = agency("Sở Tư pháp", "DEPARTMENT");
        String first = appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-05", null));
        String second = appoint(agencyId, appointment("Nguyễn Thị Thu Hà", "APPOINTED", "2025-03-01", null));

        admin().get("/api/v1/spokespersons/" + first).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("SUPERSEDED"))
                .body("validTo", equalTo("2025-03-01"))
                .body("supersededBy", equalTo(second));
        admin().queryParam("current", true).get(spokespersons(agencyId)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(second));
        admin().queryParam("current", false).get(spokespersons(agencyId)).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(first));
        admin().get(spokespersons(agencyId)).then().body("total", equalTo(2))
                .body("items[0].id", equalTo(second)).body("items[1].id", equalTo(first)); // newest first

        admin().get("/api/v1/spokespersons/" + first + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("APPOINTED")).body("[0].version", equalTo(0))
                .body("[0].actor", equalTo("press-admin-user")).body("[0].at", notNullValue())
                .body("[0].changes.fullName.to", equalTo("Lê Văn Đức"))
                .body("[1].action", equalTo("SUPERSEDED")).body("[1].version", equalTo(1))
                .body("[1].changes.validTo.to", equalTo("2025-03-01"))
                .body("[1].changes.status.from", equalTo("ACTIVE")).body("[1].changes.status.to", equalTo("SUPERSEDED"))
                .body("[1].changes.supersededBy.to", equalTo(second));

        var records = events(agencyId, "vn.gov.pressinfo.registry.SpokespersonAppointed.v1", 2);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).value()).contains("\"spokespersonId\":\"" + second + "\"")
                .contains("\"supersededSpokespersonId\":\"" + first + "\"");
    }

    @Test
    void overlapsThatWouldRewriteHistoryAreConflictsAndChangeNothing() {
        String agencyId = agency("Sở Y tế", "DEPARTMENT");
        String current = appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2025-01-01", null));

        // Starts before the current one: would rewrite its history.
        admin().body(appointment("Trần Thị Mai", "APPOINTED", "2024-06-01", null)).post(spokespersons(agencyId))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://pressinfo.gov.vn/problems/conflict"))
                .body("errors[0].field", equalTo("validFrom"))
                .body("detail", containsString("Lê Văn Đức"));
        // Same start day.
        admin().body(appointment("Trần Thị Mai", "APPOINTED", "2025-01-01", null)).post(spokespersons(agencyId)).then().statusCode(409);

        // A later, bounded appointment; then one that would overlap it.
        String later = appoint(agencyId, appointment("Phạm Văn Nam", "APPOINTED", "2026-01-01", "2027-01-01"));
        admin().body(appointment("Trần Thị Mai", "APPOINTED", "2025-06-01", null)).post(spokespersons(agencyId))
                .then().statusCode(409).body("errors[0].field", equalTo("validFrom")).body("detail", containsString("overlaps"));

        // Nothing half-written: the same two appointments, the first superseded once, the later untouched.
        admin().get(spokespersons(agencyId)).then().body("total", equalTo(2));
        admin().get("/api/v1/spokespersons/" + current).then().header("ETag", equalTo("\"1\""))
                .body("validTo", equalTo("2026-01-01")).body("supersededBy", equalTo(later));
        admin().get("/api/v1/spokespersons/" + later).then().header("ETag", equalTo("\"0\"")).body("status", equalTo("ACTIVE"));
    }

    @Test
    void concurrentAppointmentsFromTheSameDayLetExactlyOneWin() throws Exception {
        String agencyId = agency("Sở Lao động", "DEPARTMENT");
        appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-01", null));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                var body = appointment("Ứng viên " + i, "APPOINTED", "2025-03-01", null);
                calls.add(() -> admin().body(body).post(spokespersons(agencyId)).statusCode());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        } finally {
            pool.shutdownNow();
        }
        admin().get(spokespersons(agencyId)).then().body("total", equalTo(2));
        admin().queryParam("current", true).get(spokespersons(agencyId)).then().body("total", equalTo(1));
    }

    @Test
    void theDatabaseRefusesTwoSpokespersonsOnTheSameDay() throws Exception {
        String agencyId = agency("Sở Xây dựng", "DEPARTMENT");
        String insert = "INSERT INTO spokesperson (id, agency_id, kind, full_name, title, phone, email, document_number, document_date, "
                + "document_signer, valid_from, valid_to, status, version, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, 'HEAD', 'X', 'Y', '0297 3862 000', 'x@y.vn', '1', DATE '2020-01-01', 'Z', ?, ?, 'ACTIVE', 0, now(), 't', now(), 't')";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.fromString(agencyId));
                ps.setObject(3, LocalDate.of(2020, 1, 1));
                ps.setObject(4, LocalDate.of(2022, 1, 1));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.fromString(agencyId));
                ps.setObject(3, LocalDate.of(2021, 12, 31));
                ps.setObject(4, null);
                assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23P01")); // exclusion_violation
            }
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.fromString(agencyId));
                ps.setObject(3, LocalDate.of(2022, 1, 1)); // valid_to is exclusive: the next day-range may start on it
                ps.setObject(4, null);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    @Test
    void invalidInputIsAProblemNamingTheFieldsAndWritesNothing() {
        String agencyId = agency("Sở Nội vụ", "DEPARTMENT");
        admin().body(Map.of("fullName", "")).post(spokespersons(agencyId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                .body("errors.field", hasItems("fullName", "title", "phone", "email", "kind", "document", "validFrom"));
        var bad = appointment("Lê Văn Đức", "HEAD", "2020-01-01", null);
        bad.put("email", "not-an-email");
        bad.put("phone", "12345");
        bad.put("document", Map.of("number", "", "date", "2020-01-01", "signer", "X"));
        admin().body(bad).post(spokespersons(agencyId)).then().statusCode(400)
                .body("errors.field", hasItems("email", "phone", "document.number"));
        var badKind = appointment("Lê Văn Đức", "DEPUTY", "2020-01-01", null);
        admin().body(badKind).post(spokespersons(agencyId)).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        admin().body(appointment("Lê Văn Đức", "HEAD", "2020-01-01", "2019-12-31")).post(spokespersons(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        admin().body(appointment("Lê Văn Đức", "HEAD", "2020-01-01", "2020-01-01")).post(spokespersons(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        var huge = appointment("x".repeat(1_100_000), "HEAD", "2020-01-01", null);
        admin().body(huge).post(spokespersons(agencyId)).then().statusCode(413).contentType("application/problem+json");
        var tooLong = appointment("x".repeat(201), "HEAD", "2020-01-01", null);
        admin().body(tooLong).post(spokespersons(agencyId)).then().statusCode(400).body("errors[0].field", equalTo("fullName"));

        admin().get(spokespersons(agencyId)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void vietnamesePhoneNumbersAreAccepted() {
        String agencyId = agency("UBND xã Tân Hiệp", "COMMUNE");
        String[] phones = {"0297 3862 000", "+84 912 345 678", "0912345678", "0912.345.678", "0297-3862-000"};
        for (int i = 0; i < phones.length; i++) {
            var body = appointment("Người số " + i, "APPOINTED", LocalDate.of(2020 + i, 1, 1), null);
            body.put("phone", phones[i]);
            admin().body(body).post(spokespersons(agencyId)).then().statusCode(201).body("phone", equalTo(phones[i]));
        }
        for (String bad : new String[] {"12345", "+1 202 555 0100", "0297 3862 000 ext 12", "09123"}) {
            var body = appointment("Sai số", "APPOINTED", "2030-01-01", null);
            body.put("phone", bad);
            admin().body(body).post(spokespersons(agencyId)).then().statusCode(400).body("errors[0].field", equalTo("phone"));
        }
    }

    @Test
    void unknownAgencyIs404AndDissolvedAgencyIs422() throws Exception {
        admin().body(appointment("Lê Văn Đức", "HEAD", "2020-01-01", null)).post(spokespersons(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json");
        admin().get(spokespersons(UUID.randomUUID().toString())).then().statusCode(404);
        admin().get("/api/v1/spokespersons/" + UUID.randomUUID()).then().statusCode(404);

        String agencyId = agency("UBND huyện đã giải thể", "OTHER");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE agency SET status = 'DISSOLVED' WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(agencyId));
            ps.executeUpdate();
        }
        admin().body(appointment("Lê Văn Đức", "HEAD", "2020-01-01", null)).post(spokespersons(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("agencyId")).body("detail", containsString("dissolved"));
    }

    @Test
    void revocationNeedsTheCurrentETagAndPublishesSpokespersonRevoked() {
        String agencyId = agency("Sở Công Thương", "DEPARTMENT");
        String id = appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-05", null));
        var revocation = Map.of("effectiveDate", "2026-01-15", "reason", "Điều động công tác khác");
        String path = "/api/v1/spokespersons/" + id + "/revocation";

        admin().body(revocation).post(path).then().statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"5\"").body(revocation).post(path).then().statusCode(412);
        admin().header("If-Match", "\"0\"").body(Map.of("effectiveDate", "2019-01-01", "reason", "x")).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("effectiveDate"));
        admin().header("If-Match", "\"0\"").body(Map.of("effectiveDate", "2026-01-15")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        admin().get("/api/v1/spokespersons/" + id).then().header("ETag", equalTo("\"0\"")).body("status", equalTo("ACTIVE"));

        admin().header("If-Match", "\"0\"").body(revocation).post(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("REVOKED"))
                .body("validTo", equalTo("2026-01-15"))
                .body("revocationReason", equalTo("Điều động công tác khác"))
                .body("revokedBy", equalTo("press-admin-user"));
        admin().header("If-Match", "\"1\"").body(revocation).post(path).then().statusCode(409);

        var records = events(agencyId, "vn.gov.pressinfo.registry.SpokespersonRevoked.v1", 1);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"spokespersonId\":\"" + id + "\"").contains("\"validTo\":\"2026-01-15\"")
                .contains("\"reason\":\"Điều động công tác khác\"");
        admin().get("/api/v1/spokespersons/" + id + "/history").then()
                .body("action", equalTo(List.of("APPOINTED", "REVOKED")))
                .body("[1].changes.validTo.to", equalTo("2026-01-15"));

        // The slot is free again from the effective date.
        appoint(agencyId, appointment("Nguyễn Thị Thu Hà", "APPOINTED", "2026-01-15", null));
    }

    @Test
    void theNoticeToTheDepartmentIsRecordedWithItsDate() {
        String agencyId = agency("Sở Giáo dục và Đào tạo", "DEPARTMENT");
        String id = appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-05", null));
        String path = "/api/v1/spokespersons/" + id + "/department-notification";

        admin().body(Map.of("notifiedAt", "2999-01-01T00:00:00Z", "documentNumber", "210/SGDĐT-VP")).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("notifiedAt"));
        admin().body(Map.of("notifiedAt", "2020-01-07T02:00:00Z")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("documentNumber"));
        admin().header("If-Match", "\"3\"").body(Map.of("documentNumber", "210/SGDĐT-VP")).post(path).then().statusCode(412);

        admin().body(Map.of("notifiedAt", "2020-01-07T02:00:00Z", "documentNumber", "210/SGDĐT-VP")).post(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("departmentNotifiedAt", equalTo("2020-01-07T02:00:00Z"))
                .body("departmentDocument", equalTo("210/SGDĐT-VP"));
        admin().body(Map.of("documentNumber", "211/SGDĐT-VP")).post(path).then().statusCode(200)
                .body("departmentNotifiedAt", notNullValue()).body("departmentDocument", equalTo("211/SGDĐT-VP"));
        admin().get("/api/v1/spokespersons/" + id + "/history").then()
                .body("action", equalTo(List.of("APPOINTED", "DEPARTMENT_NOTIFIED", "DEPARTMENT_NOTIFIED")))
                .body("[1].changes.departmentDocument.to", equalTo("210/SGDĐT-VP"))
                .body("[2].changes.departmentDocument.from", equalTo("210/SGDĐT-VP"));
    }

    @Test
    void idempotencyKeyReplaysTheAppointment() {
        String agencyId = agency("Sở Tài chính", "DEPARTMENT");
        String key = UUID.randomUUID().toString();
        var body = appointment("Lê Văn Đức", "HEAD", "2020-01-05", null);
        String first = admin().header("Idempotency-Key", key).body(body).post(spokespersons(agencyId)).then().statusCode(201).extract().path("id");
        admin().header("Idempotency-Key", key).body(body).post(spokespersons(agencyId)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        admin().get(spokespersons(agencyId)).then().body("total", equalTo(1));
    }

    @Test
    void currentDependsOnTheDateInVietnam() {
        String agencyId = agency("Sở Ngoại vụ", "DEPARTMENT");
        LocalDate today = today();
        String past = appoint(agencyId, appointment("Người cũ", "HEAD", today.minusYears(2), today));
        String now = appoint(agencyId, appointment("Người hiện tại", "APPOINTED", today, today.plusDays(10)));
        appoint(agencyId, appointment("Người sắp tới", "APPOINTED", today.plusDays(10), null));
        admin().queryParam("current", true).get(spokespersons(agencyId)).then().body("total", equalTo(1)).body("items[0].id", equalTo(now));
        admin().queryParam("current", false).get(spokespersons(agencyId)).then().body("total", equalTo(2)).body("items.id", hasItem(past));
    }

    @Test
    void agencyOfficersReachOnlyTheirOwnAgencyOnEveryEndpoint() {
        String mine = agency("Sở Nông nghiệp và Môi trường", "DEPARTMENT");
        String other = agency("Sở Khoa học và Công nghệ", "DEPARTMENT");
        String theirs = appoint(other, appointment("Người khác", "HEAD", "2020-01-01", null));

        // Own agency: appoint, read, revoke, notify, history.
        String own = officerOf(mine).body(appointment("Người của tôi", "HEAD", "2020-01-01", null)).post(spokespersons(mine))
                .then().statusCode(201).body("createdBy", containsString("officer-")).extract().path("id");
        officerOf(mine).get("/api/v1/spokespersons/" + own).then().statusCode(200);
        officerOf(mine).get(spokespersons(mine)).then().statusCode(200).body("total", equalTo(1));
        officerOf(mine).get("/api/v1/spokespersons/" + own + "/history").then().statusCode(200);
        officerOf(mine).body(Map.of("documentNumber", "1/VP")).post("/api/v1/spokespersons/" + own + "/department-notification")
                .then().statusCode(200);

        // Another agency: 403 everywhere, nothing changed.
        Map<String, Function<RequestSpecification, Response>> calls = Map.of(
                "appoint", r -> r.body(appointment("X", "HEAD", "2030-01-01", null)).post(spokespersons(other)),
                "list", r -> r.get(spokespersons(other)),
                "get", r -> r.get("/api/v1/spokespersons/" + theirs),
                "history", r -> r.get("/api/v1/spokespersons/" + theirs + "/history"),
                "revoke", r -> r.header("If-Match", "\"0\"").body(Map.of("reason", "x")).post("/api/v1/spokespersons/" + theirs + "/revocation"),
                "notify", r -> r.body(Map.of("documentNumber", "1/VP")).post("/api/v1/spokespersons/" + theirs + "/department-notification"));
        calls.forEach((name, call) -> {
            assertThat(call.apply(officerOf(mine)).statusCode()).as("agency officer, other agency: %s", name).isEqualTo(403);
            assertThat(call.apply(anonymous()).statusCode()).as("anonymous: %s", name).isEqualTo(401);
        });
        admin().get("/api/v1/spokespersons/" + theirs).then().header("ETag", equalTo("\"0\"")).body("departmentDocument", nullValue());
        admin().get(spokespersons(other)).then().body("total", equalTo(1));
    }

    @Test
    void auditorsAndMonitorsReadButDoNotWriteAndSystemWrites() {
        String agencyId = agency("Sở Kế hoạch và Đầu tư", "DEPARTMENT");
        String id = appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-01", null));
        for (String role : List.of("auditor", "press-monitor")) {
            as(role).get("/api/v1/spokespersons/" + id).then().statusCode(200);
            as(role).get(spokespersons(agencyId)).then().statusCode(200);
            as(role).get("/api/v1/spokespersons/" + id + "/history").then().statusCode(200);
            as(role).body(appointment("X", "APPOINTED", "2030-01-01", null)).post(spokespersons(agencyId))
                    .then().statusCode(403).contentType("application/problem+json");
            as(role).header("If-Match", "\"0\"").body(Map.of("reason", "x")).post("/api/v1/spokespersons/" + id + "/revocation")
                    .then().statusCode(403);
            as(role).body(Map.of("documentNumber", "1/VP")).post("/api/v1/spokespersons/" + id + "/department-notification")
                    .then().statusCode(403);
        }
        as("system").body(appointment("Hệ thống bổ nhiệm", "APPOINTED", "2030-01-01", null)).post(spokespersons(agencyId))
                .then().statusCode(201);
        admin().get(spokespersons(agencyId)).then().body("total", equalTo(2));
    }
}
