package vn.gov.pressinfo.registry.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.gov.pressinfo.registry.Fixtures.admin;
import static vn.gov.pressinfo.registry.Fixtures.agency;
import static vn.gov.pressinfo.registry.Fixtures.anonymous;
import static vn.gov.pressinfo.registry.Fixtures.as;
import static vn.gov.pressinfo.registry.Fixtures.authorization;
import static vn.gov.pressinfo.registry.Fixtures.grant;
import static vn.gov.pressinfo.registry.Fixtures.officerOf;
import static vn.gov.pressinfo.registry.Fixtures.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.registry.MutableClock;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class AuthorizationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MutableClock clock;

    @Inject
    AuthorizationExpiryJob job;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String authorizations(String agencyId) {
        return "/api/v1/agencies/" + agencyId + "/authorizations";
    }

    private List<ConsumerRecord<String, String>> events(String agencyId, String type, int count, Duration wait) {
        return TopicReader.await(bootstrapServers, Topics.REGISTRY_SPOKESPERSONS,
                r -> agencyId.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")), count, wait);
    }

    @Test
    void grantsAnAuthorizationAndPublishesAuthorizationGranted() {
        String agencyId = agency("Ủy ban nhân dân xã Tân Hiệp", "COMMUNE");
        LocalDate from = today();
        String id = admin().body(authorization("Trần Văn Minh", from, from.plusMonths(3))).post(authorizations(agencyId))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/authorizations/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .body("scope", equalTo("Phát ngôn về công tác phòng, chống thiên tai năm 2026"))
                .body("validTo", equalTo(from.plusMonths(3).toString()))
                .extract().path("id");
        admin().get("/api/v1/authorizations/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        admin().get("/api/v1/authorizations/" + id + "/history").then().body("[0].action", equalTo("GRANTED"))
                .body("[0].changes.scope.to", equalTo("Phát ngôn về công tác phòng, chống thiên tai năm 2026"));

        var records = events(agencyId, "vn.gov.pressinfo.registry.AuthorizationGranted.v1", 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(TopicReader.header(records.get(0), "ce_subject")).isEqualTo(agencyId);
        assertThat(records.get(0).value()).contains("\"authorizationId\":\"" + id + "\"").contains("\"kind\":\"AUTHORIZED\"")
                .contains("\"scope\":\"Phát ngôn về công tác phòng, chống thiên tai năm 2026\"")
                .contains("\"agencyName\":\"Ủy ban nhân dân xã Tân Hiệp\"");
    }

    @Test
    void theEndDateAndTheScopeAreMandatory() {
        String agencyId = agency("UBND xã Bình An", "COMMUNE");
        LocalDate today = today();
        admin().body(authorization("Trần Văn Minh", today, null)).post(authorizations(agencyId))
                .then().statusCode(400).body("errors.field", hasItems("validTo"));
        var noScope = authorization("Trần Văn Minh", today, today.plusDays(5));
        noScope.remove("scope");
        admin().body(noScope).post(authorizations(agencyId)).then().statusCode(400).body("errors[0].field", equalTo("scope"));
        var longScope = authorization("Trần Văn Minh", today, today.plusDays(5));
        longScope.put("scope", "x".repeat(1001));
        admin().body(longScope).post(authorizations(agencyId)).then().statusCode(400).body("errors[0].field", equalTo("scope"));
        var badContact = authorization("Trần Văn Minh", today, today.plusDays(5));
        badContact.put("email", "minh@");
        badContact.put("phone", "abc");
        admin().body(badContact).post(authorizations(agencyId)).then().statusCode(400).body("errors.field", hasItems("email", "phone"));
        admin().body(authorization("Trần Văn Minh", today, today.minusDays(1))).post(authorizations(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        admin().body(authorization("Trần Văn Minh", today.minusDays(10), today.minusDays(1))).post(authorizations(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        admin().body(authorization("Trần Văn Minh", today, today)).post(authorizations(agencyId)).then().statusCode(201); // one day
        admin().body(authorization("X", today, today.plusDays(1))).post(authorizations(UUID.randomUUID().toString())).then().statusCode(404);

        admin().get(authorizations(agencyId)).then().body("total", equalTo(1));
        admin().get("/api/v1/authorizations/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        admin().queryParam("status", "SLEEPING").get(authorizations(agencyId)).then().statusCode(400);
    }

    @Test
    void aDissolvedAgencyCannotAuthorize() throws Exception {
        String agencyId = agency("UBND huyện Kiên Hải (giải thể)", "OTHER");
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("UPDATE agency SET status = 'DISSOLVED' WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(agencyId));
            ps.executeUpdate();
        }
        admin().body(authorization("Trần Văn Minh", today(), today().plusDays(3))).post(authorizations(agencyId))
                .then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
        admin().get(authorizations(agencyId)).then().body("total", equalTo(0));
    }

    @Test
    void anAuthorizationIsValidThroughItsEndDateAndExpiresOnceTheDayAfter() {
        String agencyId = agency("UBND xã Vĩnh Hòa", "COMMUNE");
        LocalDate today = today();
        String id = grant(agencyId, authorization("Trần Văn Minh", today, today.plusDays(1)));

        clock.advance(Duration.ofDays(1)); // the last day: still valid
        job.expireDue();
        admin().get("/api/v1/authorizations/" + id).then().body("status", equalTo("ACTIVE"));

        clock.advance(Duration.ofDays(1)); // the day after the last day
        job.expireDue();
        job.expireDue(); // a second run finds nothing more to do
        admin().get("/api/v1/authorizations/" + id).then().body("status", equalTo("EXPIRED")).header("ETag", equalTo("\"1\""));
        admin().get("/api/v1/authorizations/" + id + "/history").then()
                .body("action", equalTo(List.of("GRANTED", "EXPIRED")))
                .body("[1].actor", equalTo("system:authorization-expiry"));
        admin().queryParam("status", "EXPIRED").get(authorizations(agencyId)).then().body("total", equalTo(1));
        admin().queryParam("status", "ACTIVE").get(authorizations(agencyId)).then().body("total", equalTo(0));

        var records = events(agencyId, "vn.gov.pressinfo.registry.AuthorizationExpired.v1", 2, Duration.ofSeconds(8));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"authorizationId\":\"" + id + "\"")
                .contains("\"validTo\":\"" + today.plusDays(1) + "\"");
    }

    @Test
    void jobsRunningAtTheSameTimeExpireEachAuthorizationExactlyOnce() throws Exception {
        String agencyId = agency("UBND xã Mỹ Lâm", "COMMUNE");
        LocalDate today = today();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(grant(agencyId, authorization("Người được ủy quyền " + i, today, today)));
        }
        clock.advance(Duration.ofDays(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> replicas = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replicas.add(job::expireDue);
            }
            for (Future<Integer> f : pool.invokeAll(replicas)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            admin().get("/api/v1/authorizations/" + id + "/history").then().body("action", equalTo(List.of("GRANTED", "EXPIRED")));
        }
        var records = events(agencyId, "vn.gov.pressinfo.registry.AuthorizationExpired.v1", 7, Duration.ofSeconds(8));
        assertThat(records).hasSize(6);
        assertThat(records).extracting(r -> r.value().replaceAll(".*\"authorizationId\":\"([^\"]+)\".*", "$1"))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void revocationNeedsTheCurrentETag() {
        String agencyId = agency("UBND xã Thạnh Đông", "COMMUNE");
        LocalDate today = today();
        String id = grant(agencyId, authorization("Trần Văn Minh", today.minusDays(3), today.plusDays(30)));
        String path = "/api/v1/authorizations/" + id + "/revocation";
        var revocation = Map.of("reason", "Đã hoàn thành nhiệm vụ được ủy quyền");
        admin().body(revocation).post(path).then().statusCode(428);
        admin().header("If-Match", "\"9\"").body(revocation).post(path).then().statusCode(412);
        admin().header("If-Match", "\"0\"").body(Map.of("effectiveDate", today.plusDays(1).toString(), "reason", "x")).post(path)
                .then().statusCode(422).body("errors[0].field", equalTo("effectiveDate"));
        admin().get("/api/v1/authorizations/" + id).then().body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"0\""));

        admin().header("If-Match", "\"0\"").body(revocation).post(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("REVOKED"))
                .body("revokedFrom", equalTo(today.toString()))
                .body("validTo", equalTo(today.plusDays(30).toString()));
        admin().header("If-Match", "\"1\"").body(revocation).post(path).then().statusCode(409);
        admin().get("/api/v1/authorizations/" + id + "/history").then().body("action", equalTo(List.of("GRANTED", "REVOKED")));
    }

    @Test
    void agencyOfficersReachOnlyTheirOwnAgencyOnEveryEndpoint() {
        String mine = agency("UBND xã Giục Tượng", "COMMUNE");
        String other = agency("UBND xã Bình Sơn", "COMMUNE");
        LocalDate today = today();
        String theirs = grant(other, authorization("Người khác", today, today.plusDays(10)));
        String own = officerOf(mine).body(authorization("Người của tôi", today, today.plusDays(10))).post(authorizations(mine))
                .then().statusCode(201).extract().path("id");
        officerOf(mine).get("/api/v1/authorizations/" + own).then().statusCode(200);
        officerOf(mine).get(authorizations(mine)).then().statusCode(200).body("total", equalTo(1));
        officerOf(mine).get("/api/v1/authorizations/" + own + "/history").then().statusCode(200);

        Map<String, Function<RequestSpecification, Response>> calls = Map.of(
                "grant", r -> r.body(authorization("X", today, today.plusDays(1))).post(authorizations(other)),
                "list", r -> r.get(authorizations(other)),
                "get", r -> r.get("/api/v1/authorizations/" + theirs),
                "history", r -> r.get("/api/v1/authorizations/" + theirs + "/history"),
                "revoke", r -> r.header("If-Match", "\"0\"").body(Map.of("reason", "x")).post("/api/v1/authorizations/" + theirs + "/revocation"));
        calls.forEach((name, call) -> {
            assertThat(call.apply(officerOf(mine)).statusCode()).as("agency officer, other agency: %s", name).isEqualTo(403);
            assertThat(call.apply(anonymous()).statusCode()).as("anonymous: %s", name).isEqualTo(401);
        });
        for (String role : List.of("auditor", "press-monitor")) {
            as(role).get("/api/v1/authorizations/" + theirs).then().statusCode(200);
            as(role).get(authorizations(other)).then().statusCode(200);
            assertThat(calls.get("grant").apply(as(role)).statusCode()).isEqualTo(403);
            assertThat(calls.get("revoke").apply(as(role)).statusCode()).isEqualTo(403);
        }
        as("system").body(authorization("Hệ thống", today, today.plusDays(1))).post(authorizations(other)).then().statusCode(201);
        admin().get("/api/v1/authorizations/" + theirs).then().body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"0\""));
        admin().get(authorizations(other)).then().body("total", equalTo(2));
    }
}
