package vn.gov.pressinfo.registry.regulation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.createAgency;
import static vn.gov.pressinfo.registry.Api.officerOf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.registry.MutableClock;

@QuarkusTest
class RegulationResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> regulation(String number, String decisionDate, String effectiveFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("decisionNumber", number);
        body.put("decisionDate", decisionDate);
        body.put("issuer", "Ủy ban nhân dân tỉnh Kiên Giang");
        body.put("documentUrl", "https://kiengiang.gov.vn/van-ban/" + number.replace('/', '-') + ".pdf");
        body.put("effectiveFrom", effectiveFrom);
        return body;
    }

    private static String create(String agencyId, Map<String, Object> body) {
        return admin().body(body).post("/api/v1/agencies/" + agencyId + "/regulations").then().statusCode(201).extract().path("id");
    }

    @Test
    void recordingAndRevisingPublishRegulationRecorded() {
        String agency = createAgency("Sở Công Thương");
        String id = create(agency, regulation("77/QĐ-SCT", "2024-02-01", "2024-02-15"));
        Map<String, Object> revised = regulation("77/QĐ-SCT", "2024-02-01", "2024-03-01");
        revised.put("reason", "Sửa ngày hiệu lực");
        admin().header("If-Match", "\"0\"").body(revised).put("/api/v1/regulations/" + id).then().statusCode(200);
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        var records = vn.gov.pressinfo.testing.TopicReader.await(bootstrap, vn.gov.pressinfo.events.Topics.REGISTRY_SPOKESPERSONS,
                r -> agency.equals(r.key()) && vn.gov.pressinfo.events.Events.REGULATION_RECORDED.type()
                        .equals(vn.gov.pressinfo.testing.TopicReader.header(r, "ce_type")), 2, java.time.Duration.ofSeconds(20));
        org.assertj.core.api.Assertions.assertThat(records).hasSize(2);
        var first = vn.gov.pressinfo.events.EventJson.read(records.get(0).value(), vn.gov.pressinfo.events.registry.RegulationRecorded.class);
        var second = vn.gov.pressinfo.events.EventJson.read(records.get(1).value(), vn.gov.pressinfo.events.registry.RegulationRecorded.class);
        org.assertj.core.api.Assertions.assertThat(first.regulationId().toString()).isEqualTo(id);
        org.assertj.core.api.Assertions.assertThat(first.agencyName()).isEqualTo("Sở Công Thương");
        org.assertj.core.api.Assertions.assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2024, 2, 15));
        org.assertj.core.api.Assertions.assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
        org.assertj.core.api.Assertions.assertThat(second.decisionNumber()).isEqualTo("77/QĐ-SCT");
    }

    @Test
    void listsNewestFirstAndMarksTheLatestInEffectAsCurrent() {
        String agency = createAgency("Sở Tư pháp");
        String old = create(agency, regulation("567/QĐ-UBND", "2017-05-20", "2017-06-01"));
        String later = create(agency, regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-01"));
        String future = create(agency, regulation("99/QĐ-UBND", "2030-01-02", "2030-02-01"));

        clock.set(LocalDate.of(2021, 4, 1), LocalTime.of(0, 0)); // first minute of the day in Viet Nam
        admin().get("/api/v1/agencies/" + agency + "/regulations").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(future, later, old))
                .body("current", org.hamcrest.Matchers.contains(false, true, false))
                .body("[1].decisionNumber", equalTo("1234/QĐ-UBND"))
                .body("[1].agencyId", equalTo(agency));

        clock.set(LocalDate.of(2021, 3, 31), LocalTime.of(23, 59));
        admin().get("/api/v1/agencies/" + agency + "/regulations").then()
                .body("current", org.hamcrest.Matchers.contains(false, false, true));
        admin().get("/api/v1/regulations/" + old).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("current", equalTo(true))
                .body("createdBy", equalTo("press-admin-user"));

        clock.set(LocalDate.of(2017, 5, 31), LocalTime.NOON);
        admin().get("/api/v1/agencies/" + agency + "/regulations").then()
                .body("current", org.hamcrest.Matchers.contains(false, false, false));
    }

    @Test
    void anAgencyWithoutRegulationHasAnEmptyListAndAnUnknownAgencyIs404() {
        String agency = createAgency("Sở Y tế");
        admin().get("/api/v1/agencies/" + agency + "/regulations").then().statusCode(200).body("", hasSize(0));
        String unknown = UUID.randomUUID().toString();
        admin().get("/api/v1/agencies/" + unknown + "/regulations").then().statusCode(404).contentType("application/problem+json");
        admin().body(regulation("1/QĐ-UBND", "2021-01-01", "2021-01-01")).post("/api/v1/agencies/" + unknown + "/regulations")
                .then().statusCode(404).contentType("application/problem+json");
        admin().get("/api/v1/regulations/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        admin().get("/api/v1/regulations/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void correctionsNeedIfMatchAndAreKeptInTheHistory() {
        String agency = createAgency("Sở Nội vụ");
        String id = create(agency, regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-01"));
        Map<String, Object> correction = regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-15");
        correction.put("reason", "Sửa ngày hiệu lực theo bản gốc");

        admin().body(correction).put("/api/v1/regulations/" + id).then().statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"3\"").body(correction).put("/api/v1/regulations/" + id).then().statusCode(412)
                .body("type", equalTo("https://pressinfo.gov.vn/problems/precondition-failed"));
        admin().get("/api/v1/regulations/" + id).then().header("ETag", equalTo("\"0\"")).body("effectiveFrom", equalTo("2021-04-01"));
        admin().get("/api/v1/regulations/" + id + "/history").then().body("", hasSize(1));

        as("system").header("If-Match", "\"0\"").body(correction).put("/api/v1/regulations/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("effectiveFrom", equalTo("2021-04-15"))
                .body("updatedBy", equalTo("system-user"))
                .body("createdBy", equalTo("press-admin-user"));
        // the same body again changes nothing and records nothing
        admin().header("If-Match", "\"1\"").body(correction).put("/api/v1/regulations/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));

        admin().get("/api/v1/regulations/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].version", equalTo(0))
                .body("[0].recordedBy", equalTo("press-admin-user"))
                .body("[0].changes.field", hasItems("decisionNumber", "decisionDate", "issuer", "documentUrl", "effectiveFrom"))
                .body("[0].changes[0].from", nullValue())
                .body("[1].version", equalTo(1))
                .body("[1].recordedBy", equalTo("system-user"))
                .body("[1].recordedAt", org.hamcrest.Matchers.notNullValue())
                .body("[1].reason", equalTo("Sửa ngày hiệu lực theo bản gốc"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("effectiveFrom"))
                .body("[1].changes[0].from", equalTo("2021-04-01"))
                .body("[1].changes[0].to", equalTo("2021-04-15"));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String agency = createAgency("Sở Xây dựng");
        String path = "/api/v1/agencies/" + agency + "/regulations";

        admin().body(Map.of("note", "thiếu hết")).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                .body("errors.field", hasItems("decisionNumber", "decisionDate", "issuer", "documentUrl", "effectiveFrom"));
        for (String url : new String[] {"ftp://kiengiang.gov.vn/qd.pdf", "kiengiang.gov.vn/qd.pdf", "/van-ban/qd.pdf", "https://", "http://a b"}) {
            var body = regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-01");
            body.put("documentUrl", url);
            admin().body(body).post(path).then().statusCode(400).body("errors.field", hasItem("documentUrl"));
        }
        admin().body(regulation("1234/QĐ-UBND", "2021-03-15", "2021-03-14")).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveFrom"));
        admin().body("{\"decisionNumber\": \"1\", \"decisionDate\": \"15/03/2021\"}").post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
        admin().body(Map.of("decisionNumber", "x".repeat(1_100_000))).post(path).then().statusCode(413)
                .contentType("application/problem+json");
        admin().get(path).then().body("", hasSize(0));

        String id = create(agency, regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-01"));
        var invalid = regulation("1234/QĐ-UBND", "2021-03-15", "2021-04-01");
        invalid.put("documentUrl", "javascript:alert(1)");
        admin().header("If-Match", "\"0\"").body(invalid).put("/api/v1/regulations/" + id).then().statusCode(400);
        admin().header("If-Match", "\"0\"").body(regulation("1234/QĐ-UBND", "2021-03-15", "2020-01-01"))
                .put("/api/v1/regulations/" + id).then().statusCode(422);
        admin().get("/api/v1/regulations/" + id).then().header("ETag", equalTo("\"0\""))
                .body("documentUrl", containsString("https://kiengiang.gov.vn/")).body("effectiveFrom", equalTo("2021-04-01"));
        admin().get("/api/v1/regulations/" + id + "/history").then().body("", hasSize(1));
    }

    @Test
    void anAgencyOfficerReachesOnlyItsOwnAgencysRegulations() {
        String own = createAgency("Sở Tài chính");
        String other = createAgency("Sở Công Thương");
        String otherRegulation = create(other, regulation("77/QĐ-SCT", "2022-01-10", "2022-02-01"));

        String ownRegulation = officerOf(own).body(regulation("12/QĐ-STC", "2022-01-10", "2022-02-01"))
                .post("/api/v1/agencies/" + own + "/regulations").then().statusCode(201)
                .body("createdBy", containsString("officer-")).extract().path("id");
        officerOf(own).get("/api/v1/agencies/" + own + "/regulations").then().statusCode(200).body("", hasSize(1));
        officerOf(own).get("/api/v1/regulations/" + ownRegulation).then().statusCode(200);
        officerOf(own).header("If-Match", "\"0\"").body(regulation("12/QĐ-STC", "2022-01-10", "2022-02-02"))
                .put("/api/v1/regulations/" + ownRegulation).then().statusCode(200);
        officerOf(own).get("/api/v1/regulations/" + ownRegulation + "/history").then().statusCode(200).body("", hasSize(2));

        // every endpoint refuses the other agency's data
        officerOf(own).body(regulation("13/QĐ-STC", "2022-01-10", "2022-02-01")).post("/api/v1/agencies/" + other + "/regulations")
                .then().statusCode(403).contentType("application/problem+json");
        officerOf(own).get("/api/v1/agencies/" + other + "/regulations").then().statusCode(403).contentType("application/problem+json");
        officerOf(own).get("/api/v1/regulations/" + otherRegulation).then().statusCode(403);
        officerOf(own).header("If-Match", "\"0\"").body(regulation("77/QĐ-SCT", "2022-01-10", "2022-03-01"))
                .put("/api/v1/regulations/" + otherRegulation).then().statusCode(403);
        officerOf(own).get("/api/v1/regulations/" + otherRegulation + "/history").then().statusCode(403);
        // an agency that does not exist is someone else's: 403, nothing revealed
        officerOf(own).get("/api/v1/agencies/" + UUID.randomUUID() + "/regulations").then().statusCode(403);
        admin().get("/api/v1/agencies/" + other + "/regulations").then().body("", hasSize(1));
        admin().get("/api/v1/regulations/" + otherRegulation).then().header("ETag", equalTo("\"0\"")).body("effectiveFrom", equalTo("2022-02-01"));
    }

    @Test
    void readOnlyRolesReadAndAnonymousCallersAreRefused() {
        String agency = createAgency("Sở Giáo dục và Đào tạo");
        String id = create(agency, regulation("5/QĐ-SGDĐT", "2020-01-10", "2020-02-01"));
        for (String role : new String[] {"auditor", "press-monitor"}) {
            as(role).get("/api/v1/agencies/" + agency + "/regulations").then().statusCode(200).body("", hasSize(1));
            as(role).get("/api/v1/regulations/" + id).then().statusCode(200);
            as(role).get("/api/v1/regulations/" + id + "/history").then().statusCode(200);
            as(role).body(regulation("6/QĐ-SGDĐT", "2020-01-10", "2020-02-01")).post("/api/v1/agencies/" + agency + "/regulations")
                    .then().statusCode(403).contentType("application/problem+json");
            as(role).header("If-Match", "\"0\"").body(regulation("5/QĐ-SGDĐT", "2020-01-10", "2020-03-01"))
                    .put("/api/v1/regulations/" + id).then().statusCode(403);
        }
        as("system").body(regulation("7/QĐ-SGDĐT", "2020-01-10", "2020-02-01")).post("/api/v1/agencies/" + agency + "/regulations")
                .then().statusCode(201);

        anonymous().get("/api/v1/agencies/" + agency + "/regulations").then().statusCode(401).contentType("application/problem+json");
        anonymous().body(regulation("8/QĐ-SGDĐT", "2020-01-10", "2020-02-01")).post("/api/v1/agencies/" + agency + "/regulations")
                .then().statusCode(401);
        anonymous().get("/api/v1/regulations/" + id).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(regulation("5/QĐ-SGDĐT", "2020-01-10", "2020-03-01"))
                .put("/api/v1/regulations/" + id).then().statusCode(401);
        anonymous().get("/api/v1/regulations/" + id + "/history").then().statusCode(401);
        admin().get("/api/v1/agencies/" + agency + "/regulations").then().body("", hasSize(2));
    }

    @Test
    void idempotencyKeyReplaysTheFirstRecording() {
        String agency = createAgency("Sở Ngoại vụ");
        String key = UUID.randomUUID().toString();
        var body = regulation("3/QĐ-SNgV", "2020-01-10", "2020-02-01");
        String first = admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies/" + agency + "/regulations")
                .then().statusCode(201).extract().path("id");
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies/" + agency + "/regulations")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        admin().get("/api/v1/agencies/" + agency + "/regulations").then().body("", hasSize(1));
    }
}
