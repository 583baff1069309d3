package vn.gov.pressinfo.pressresponse.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.gov.pressinfo.pressresponse.Fixtures.WAIT;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.as;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.statement.Statements.PATH;
import static vn.gov.pressinfo.pressresponse.statement.Statements.SPOKESPERSON;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.press.StatementIssued;

/** Statements through HTTP: recording, who may speak, agency scope, bad input, and the statement an inquiry answer records. */
@QuarkusTest
class StatementResourceTest {

    private static final String INQUIRIES = "/api/v1/press-inquiries/";

    @Test
    void anOfficerRecordsAStatementAndStatementIssuedReachesTheTopic() {
        String agencyId = agency("Sở Y tế " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> body = Statements.body(agencyId, true, 2);
        String id = officerOf(agencyId).body(body).post(PATH).then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString(PATH)).header("ETag", notNullValue())
                .body("agencyId", equalTo(agencyId)).body("form", equalTo("PRESS_CONFERENCE")).body("formLabel", equalTo("Họp báo"))
                .body("spokespersonName", equalTo("Nguyễn Thị Thu Hà")).body("spokespersonEmail", equalTo(SPOKESPERSON))
                .body("public", equalTo(true)).body("pressAgencies", hasItem("Báo Kiên Giang"))
                .body("issuedAt", equalTo(body.get("issuedAt"))).extract().path("id");

        var events = Statements.issued(id, 1, WAIT);
        assertThat(events).hasSize(1);
        StatementIssued event = EventJson.read(events.get(0).value(), StatementIssued.class);
        assertThat(event.agencyId()).hasToString(agencyId);
        assertThat(event.form()).isEqualTo("PRESS_CONFERENCE");
        assertThat(event.spokespersonName()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(event.isPublic()).isTrue();
        assertThat(event.issuedAt()).isEqualTo(Instant.parse((String) body.get("issuedAt")));

        as("auditor").get(PATH + id).then().statusCode(200).body("title", equalTo(body.get("title")));
        monitor().queryParam("agencyId", agencyId).queryParam("form", "PRESS_CONFERENCE").get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        officerOf(agencyId).get(PATH).then().statusCode(200).body("total", equalTo(1));
        monitor().queryParam("agencyId", agencyId).queryParam("form", "INTERVIEW").get(PATH).then().statusCode(200).body("total", equalTo(0));
        String today = Instant.now().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        String yesterdayAndBefore = Instant.now().minus(3, ChronoUnit.DAYS).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        monitor().queryParam("agencyId", agencyId).queryParam("to", yesterdayAndBefore).get(PATH).then().statusCode(200).body("total", equalTo(0));
        monitor().queryParam("agencyId", agencyId).queryParam("from", yesterdayAndBefore).queryParam("to", today).get(PATH).then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aPersonWhoMayNotSpeakForTheAgencyIsRefused() {
        String agencyId = agency("Sở Tài chính " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> body = Statements.body(agencyId, true, 1);
        body.put("spokespersonEmail", "someone.else@kiengiang.gov.vn");
        admin().body(body).post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("spokespersonEmail"));
        // appointed from 2025-03-01: a statement of 2024 was not theirs to make
        body.put("spokespersonEmail", SPOKESPERSON);
        body.put("issuedAt", "2024-06-01T03:00:00Z");
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("spokespersonEmail"));
        monitor().queryParam("agencyId", agencyId).get(PATH).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anOfficerOfAnotherAgencyIsForbidden() {
        String agencyId = agency("Sở Xây dựng " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String other = UUID.randomUUID().toString();
        officerOf(other).body(Statements.body(agencyId, true, 1)).post(PATH).then().statusCode(403).contentType("application/problem+json");
        String id = admin().body(Statements.body(agencyId, false, 1)).post(PATH).then().statusCode(201).extract().path("id");
        officerOf(other).get(PATH + id).then().statusCode(403);
        officerOf(other).queryParam("agencyId", agencyId).get(PATH).then().statusCode(403);
        officerOf(other).get(PATH).then().statusCode(200).body("total", equalTo(0));
        as("press-monitor").body(Statements.body(agencyId, true, 1)).post(PATH).then().statusCode(403);
    }

    @Test
    void badInputNamesTheField() {
        String agencyId = agency("Sở Nội vụ " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> body = Statements.body(agencyId, true, 1);
        body.remove("title");
        admin().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        body = Statements.body(agencyId, true, 1);
        body.remove("public");
        admin().body(body).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("public"));
        body = Statements.body(agencyId, true, 1);
        body.put("form", "PRESS_LUNCH");
        admin().body(body).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("form"));
        body = Statements.body(agencyId, true, 1);
        body.put("incidentId", "not-a-uuid");
        admin().body(body).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("incidentId"));
        body = Statements.body(agencyId, true, 1);
        body.put("issuedAt", Instant.now().plus(2, ChronoUnit.HOURS).toString());
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("issuedAt"));
        body = Statements.body(agencyId, true, 1);
        body.put("inquiryId", UUID.randomUUID().toString());
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("inquiryId"));
        body = Statements.body(agencyId, true, 1);
        body.put("caseId", UUID.randomUUID().toString());
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("caseId"));
        body = Statements.body(UUID.randomUUID().toString(), true, 1);
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
        as("system").body(Statements.body(agencyId, true, 1)).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        monitor().queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));

        // an inquiry of another agency may not be linked; one of the agency may, and the incident is stored as given
        String otherAgency = agency("Sở Công Thương " + marker());
        String foreign = monitor().body(inquiry(otherAgency)).post(INQUIRIES).then().statusCode(201).extract().path("id");
        body = Statements.body(agencyId, true, 1);
        body.put("inquiryId", foreign);
        admin().body(body).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("inquiryId"));
        String own = monitor().body(inquiry(agencyId)).post(INQUIRIES).then().statusCode(201).extract().path("id");
        String incident = UUID.randomUUID().toString();
        body.put("inquiryId", own);
        body.put("incidentId", incident);
        as("system").header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH).then().statusCode(201)
                .body("inquiryId", equalTo(own)).body("incidentId", equalTo(incident));
    }

    @Test
    void aSystemCallersRetryWithTheSameIdempotencyKeyRecordsTheStatementOnce() {
        String agencyId = agency("Văn phòng UBND tỉnh " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> body = Statements.body(agencyId, true, 1);
        String key = UUID.randomUUID().toString();
        String id = as("system").header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201).extract().path("id");
        as("system").header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        monitor().queryParam("agencyId", agencyId).get(PATH).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void answeringAnInquiryRecordsANonPublicStatementLinkedToIt() {
        String agencyId = agency("Sở Y tế " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> received = new java.util.HashMap<>(inquiry(agencyId));
        received.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        String id = monitor().body(received).post(INQUIRIES).then().statusCode(201).extract().path("id");
        admin().body(Map.of("spokespersonEmail", SPOKESPERSON)).post(INQUIRIES + id + "/assignment").then().statusCode(200);
        String answeredAt = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
        officerOf(agencyId).body(Map.of("form", "INTERVIEW", "answer", "Dự án đã hoàn thành 85% khối lượng.", "spokespersonEmail", SPOKESPERSON,
                "answeredAt", answeredAt)).post(INQUIRIES + id + "/answer").then().log().ifValidationFails().statusCode(200);

        String statementId = as("auditor").queryParam("agencyId", agencyId).get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].inquiryId", equalTo(id)).body("items[0].form", equalTo("INTERVIEW"))
                .body("items[0].title", equalTo("Trả lời: Tiến độ xây dựng Bệnh viện Đa khoa tỉnh"))
                .body("items[0].content", equalTo("Dự án đã hoàn thành 85% khối lượng."))
                .body("items[0].spokespersonName", equalTo("Nguyễn Thị Thu Hà")).body("items[0].issuedAt", equalTo(answeredAt))
                .body("items[0].public", equalTo(false)).extract().path("items[0].id");
        var events = Statements.issued(statementId, 1, WAIT);
        assertThat(events).hasSize(1);
        StatementIssued event = EventJson.read(events.get(0).value(), StatementIssued.class);
        assertThat(event.inquiryId()).hasToString(id);
        assertThat(event.isPublic()).isFalse();
        given().queryParam("agencyId", agencyId).get(Statements.PUBLIC_PATH).then().statusCode(200).body("total", equalTo(0));
    }

    private static Map<String, Object> inquiry(String agencyId) {
        return Map.of("agencyId", agencyId, "outletName", "Báo Kiên Giang", "journalistName", "Lê Minh Tâm",
                "introductionLetter", "Giấy giới thiệu số 45/GGT-BKG", "channel", "EMAIL",
                "subject", "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", "questions", List.of("Dự án đã hoàn thành bao nhiêu phần trăm?"));
    }
}
