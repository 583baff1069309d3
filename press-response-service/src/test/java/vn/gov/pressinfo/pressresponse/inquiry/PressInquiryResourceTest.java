package vn.gov.pressinfo.pressresponse.inquiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.pressresponse.Fixtures.WAIT;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.as;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.inquiry.Inquiries.PATH;
import static vn.gov.pressinfo.pressresponse.inquiry.Inquiries.SPOKESPERSON;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.press.PressInquiryAnswered;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.testing.DevTokens;

/** Press inquiries through HTTP: registration, roles, answers, refusals and illegal steps. */
@QuarkusTest
class PressInquiryResourceTest {

    @Test
    void anInquiryIsRegisteredAssignedAnsweredAndClosedWithEveryStepRecorded() throws Exception {
        String agencyId = agency("Sở Y tế " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String id = officerOf(agencyId).body(Inquiries.body(agencyId, null)).post(PATH).then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString(PATH)).header("ETag", notNullValue())
                .body("state", equalTo("RECEIVED")).body("allowedNextStates", hasItems("ASSIGNED", "TRANSFERRED"))
                .body("credential.pressCardStatus", equalTo("NOT_PRESENTED")).body("credential.flagged", equalTo(false))
                .body("clock.overdueLevel", equalTo("NONE")).body("clock.dueDate", notNullValue())
                .body("clock.legalBasis", containsString("5 ngày làm việc")).extract().path("id");

        officerOf(agencyId).body(Map.of("spokespersonEmail", "someone.else@kiengiang.gov.vn")).post(PATH + id + "/assignment").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("spokespersonEmail"));
        officerOf(agencyId).body(Inquiries.assignment()).post(PATH + id + "/assignment").then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("assigneeName", equalTo("Nguyễn Thị Thu Hà"));
        officerOf(agencyId).body(Inquiries.answer()).post(PATH + id + "/answer").then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("ANSWERED")).body("response.form", equalTo("WRITTEN_ANSWER"))
                .body("response.givenBy", equalTo("Nguyễn Thị Thu Hà")).body("response.onTime", equalTo(true));
        officerOf(agencyId).body(Map.of("note", "Đã gửi văn bản trả lời")).post(PATH + id + "/closure").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("closedAt", notNullValue());

        given().auth().oauth2(DevTokens.forRole("auditor")).get(PATH + id + "/transitions").then().statusCode(200)
                .body("action", equalTo(List.of("RECEIVED", "ASSIGNED", "ANSWERED", "CLOSED")));
        var answered = Inquiries.events(id, "PressInquiryAnswered", 1, WAIT);
        assertThat(answered).hasSize(1);
        PressInquiryAnswered event = EventJson.read(answered.get(0).value(), PressInquiryAnswered.class);
        assertThat(event.onTime()).isTrue();
        assertThat(event.outcome()).isEqualTo("ANSWERED");
        assertThat(event.answeredBy()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(Inquiries.events(id, "PressInquiryReceived", 1, WAIT)).hasSize(1);
    }

    @Test
    void thePressCardIsCheckedAtIntakeAndARevokedOrUnknownCardIsFlaggedNotRefused() {
        String agencyId = agency("Sở Y tế " + marker());
        String valid = "KG-" + marker().toUpperCase();
        String revoked = "KG-" + marker().toUpperCase();
        java.time.Instant now = java.time.Instant.now();
        Fixtures.pressCard(valid, UUID.randomUUID(), java.time.LocalDate.of(2099, 12, 31), "ACTIVE", null, now);
        Fixtures.pressCard(revoked, UUID.randomUUID(), java.time.LocalDate.of(2099, 12, 31), "REVOKED", "Quyết định 12/QĐ-BVHTTDL", now);
        Map<String, Object> body = Inquiries.body(agencyId, null);
        body.remove("introductionLetter");
        body.put("pressCardNumber", valid.toLowerCase());
        monitor().body(body).post(PATH).then().statusCode(201).body("credential.pressCardNumber", equalTo(valid))
                .body("credential.pressCardStatus", equalTo("VALID")).body("credential.flagged", equalTo(false));
        body.put("pressCardNumber", revoked);
        String flagged = monitor().body(body).post(PATH).then().statusCode(201).body("credential.pressCardStatus", equalTo("REVOKED"))
                .body("credential.flagged", equalTo(true)).extract().path("id");
        body.put("pressCardNumber", "KG-" + marker().toUpperCase());
        monitor().body(body).post(PATH).then().statusCode(201).body("credential.pressCardStatus", equalTo("UNKNOWN"))
                .body("credential.flagged", equalTo(true));
        body.remove("pressCardNumber");
        monitor().body(body).post(PATH).then().statusCode(201).body("credential.pressCardStatus", equalTo("NOT_PRESENTED"))
                .body("credential.flagged", equalTo(true));
        var received = Inquiries.events(flagged, "PressInquiryReceived", 1, WAIT);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).value()).contains("\"pressCardStatus\":\"REVOKED\"").contains("\"flagged\":true");
    }

    @Test
    void aRefusalNeedsALegalGroundInForceThatDay() throws Exception {
        String agencyId = agency("Công an tỉnh " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String id = Inquiries.register(agencyId, null);
        admin().body(Inquiries.assignment()).post(PATH + id + "/assignment").then().statusCode(200);

        Map<String, Object> noGround = Map.of("reason", "Đang điều tra.", "spokespersonEmail", SPOKESPERSON);
        admin().body(noGround).post(PATH + id + "/refusal").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("grounds"));
        admin().body(Map.of("grounds", List.of(), "reason", "Đang điều tra.", "spokespersonEmail", SPOKESPERSON))
                .post(PATH + id + "/refusal").then().statusCode(422).body("errors[0].field", equalTo("grounds"));
        admin().body(Map.of("grounds", List.of("NOT_A_GROUND"), "reason", "Đang điều tra.", "spokespersonEmail", SPOKESPERSON))
                .post(PATH + id + "/refusal").then().statusCode(422).body("errors[0].field", equalTo("grounds[0]"));
        admin().get(PATH + id).then().body("state", equalTo("ASSIGNED"));

        admin().body(Map.of("grounds", List.of("UNDER_INVESTIGATION"), "reason", "Vụ án đang trong giai đoạn điều tra.",
                "spokespersonEmail", SPOKESPERSON)).post(PATH + id + "/refusal").then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("REFUSED")).body("response.refusals[0].question", nullValue())
                .body("response.refusals[0].grounds[0].code", equalTo("UNDER_INVESTIGATION"))
                .body("response.refusals[0].grounds[0].label", containsString("điều tra"));
        var refused = Inquiries.events(id, "PressInquiryRefused", 1, WAIT);
        assertThat(refused).hasSize(1);
        PressInquiryRefused event = EventJson.read(refused.get(0).value(), PressInquiryRefused.class);
        assertThat(event.grounds()).containsExactly("UNDER_INVESTIGATION");
        assertThat(event.groundLabels()).singleElement().asString().contains("điều tra");
    }

    @Test
    void aPartialAnswerNamesTheGroundsOfEachRefusedQuestion() {
        String agencyId = agency("Sở Xây dựng " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String id = Inquiries.register(agencyId, null);
        admin().body(Inquiries.assignment()).post(PATH + id + "/assignment").then().statusCode(200);
        Map<String, Object> partial = Map.of("form", "INTERVIEW", "answer", "Dự án đã hoàn thành 85%.", "spokespersonEmail", SPOKESPERSON,
                "refusedQuestions", List.of(Map.of("question", 2, "reason", "Đang thanh tra.")));
        admin().body(partial).post(PATH + id + "/answer").then().statusCode(422).body("errors[0].field", equalTo("refusedQuestions[0].grounds"));
        Map<String, Object> both = Map.of("form", "INTERVIEW", "answer", "Không trả lời.", "spokespersonEmail", SPOKESPERSON,
                "refusedQuestions", List.of(Map.of("question", 1, "grounds", List.of("INSPECTION_IN_PROGRESS"), "reason", "Đang thanh tra."),
                        Map.of("question", 2, "grounds", List.of("INSPECTION_IN_PROGRESS"), "reason", "Đang thanh tra.")));
        admin().body(both).post(PATH + id + "/answer").then().statusCode(422).body("errors[0].field", equalTo("refusedQuestions"));
        Map<String, Object> ok = Map.of("form", "INTERVIEW", "answer", "Dự án đã hoàn thành 85%.", "spokespersonEmail", SPOKESPERSON,
                "refusedQuestions", List.of(Map.of("question", 2, "grounds", List.of("INSPECTION_IN_PROGRESS"), "reason", "Đang thanh tra.")));
        admin().body(ok).post(PATH + id + "/answer").then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("PARTIALLY_ANSWERED")).body("response.refusals[0].question", equalTo(2));
    }

    @Test
    void anIllegalStepAnswers409NamingTheAllowedStates() {
        String agencyId = agency("Sở Tài chính " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String id = Inquiries.register(agencyId, null);
        admin().body(Inquiries.answer()).post(PATH + id + "/answer").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("RECEIVED")).body("detail", containsString("ASSIGNED"));
        admin().body(Map.of("note", "x")).post(PATH + id + "/closure").then().statusCode(409).body("detail", containsString("allowed next states"));
        admin().body(Map.of("note", "Phóng viên đã bổ sung")).post(PATH + id + "/clarification").then().statusCode(409);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String agencyId = agency("Sở Nội vụ " + marker());
        Map<String, Object> body = Inquiries.body(agencyId, null);
        body.put("questions", List.of());
        body.remove("channel");
        monitor().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("questions", "channel"));
        Map<String, Object> future = Inquiries.body(agencyId, "2999-01-01T00:00:00Z");
        monitor().body(future).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("receivedAt"));
        monitor().body(Inquiries.body(agencyId, "-1000000000-01-01T00:00:00Z")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("receivedAt"));
        monitor().body(Inquiries.body(UUID.randomUUID().toString(), null)).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("agencyId"));
        Map<String, Object> badCard = Inquiries.body(agencyId, null);
        badCard.put("pressCardNumber", "HN 12345");
        monitor().body(badCard).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("pressCardNumber"));
        admin().get(PATH + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAgencyOfficerActsOnlyForItsOwnAgency() {
        String own = agency("Sở Y tế " + marker());
        String other = agency("Sở Giáo dục " + marker());
        String id = Inquiries.register(own, null);
        officerOf(other).body(Inquiries.body(own, null)).post(PATH).then().statusCode(403).contentType("application/problem+json");
        officerOf(other).get(PATH + id).then().statusCode(403);
        officerOf(other).body(Inquiries.assignment()).post(PATH + id + "/assignment").then().statusCode(403);
        officerOf(other).queryParam("agencyId", own).get(PATH).then().statusCode(403);
        officerOf(own).get(PATH).then().statusCode(200).body("items.agencyId", org.hamcrest.Matchers.everyItem(equalTo(own)))
                .body("items.id", hasItem(id));
        given().get(PATH).then().statusCode(401);
        as("auditor").body(Inquiries.body(own, null)).post(PATH).then().statusCode(403);
    }

    @Test
    void theProvincialPortalRegistersWithAnIdempotencyKeyOnce() {
        String agencyId = agency("UBND xã Tân Hiệp " + marker());
        Map<String, Object> body = Inquiries.body(agencyId, null);
        body.put("channel", "PROVINCIAL_PORTAL");
        as("system").body(body).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        String key = UUID.randomUUID().toString();
        String first = as("system").header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201).extract().path("id");
        as("system").header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        JsonNode page = EventJson.mapper().valueToTree(admin().queryParam("agencyId", agencyId).get(PATH).then().statusCode(200)
                .extract().as(Map.class));
        assertThat(page.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theListSearchesWithoutDiacriticsAndRefusalGroundsFollowTheLawInForce() {
        String agencyId = agency("Sở Du lịch " + marker());
        String id = Inquiries.register(agencyId, null);
        admin().queryParam("q", "benh vien da khoa").queryParam("agencyId", agencyId).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id)).header("Link", containsString("rel=\"first\""));
        admin().queryParam("on", "2026-06-30").get("/api/v1/refusal-grounds").then().statusCode(200).contentType(ContentType.JSON)
                .body("legalBasis", everyItemContains("Luật Báo chí 2016"));
        admin().queryParam("on", "2026-07-01").get("/api/v1/refusal-grounds").then().statusCode(200)
                .body("legalBasis", everyItemContains("Luật Báo chí 2025"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemContains(String text) {
        return org.hamcrest.Matchers.everyItem(containsString(text));
    }
}
