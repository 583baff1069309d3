package vn.gov.pressinfo.reporting.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.events.press.PressInquiryReceived;
import vn.gov.pressinfo.events.press.StatementIssued;
import vn.gov.pressinfo.reporting.TestEvents;

/**
 * Statements, incidents and missed periodic duties, published on the real broker as press-response-service does,
 * prefill the annual report's statement indicators, appear as recorded figures beside the declared ones in the
 * consolidation, and score the "initial statements on time" and "periodic duties met" compliance criteria.
 */
@QuarkusTest
class StatementFactsTest {

    private static void statement(UUID agency, String form, String issuedAt, UUID inquiry, UUID incident) {
        Instant at = Instant.parse(issuedAt);
        TestEvents.send(Events.STATEMENT_ISSUED, new StatementIssued(UUID.randomUUID(), agency, "Sở", form, "Thông tin về dự án",
                "Lê Văn Đức", at, true, inquiry, incident, null, "officer", at.plusSeconds(600)));
    }

    private static UUID incident(UUID lead, String knownAt) {
        UUID id = UUID.randomUUID();
        Instant known = Instant.parse(knownAt);
        TestEvents.send(Events.INCIDENT_REGISTERED, new IncidentRegistered(id, lead, "Sở", List.of(), "Sạt lở bờ biển", "SERIOUS", known,
                known.plusSeconds(86400), "officer", known.plusSeconds(3600)));
        return id;
    }

    @Test
    void statementsPrefillTheReportShowBesideTheDeclaredFiguresAndScoreCompliance() {
        TestEvents.Province province = TestEvents.province(2, 0);
        UUID lead = province.agencies().get(0);
        UUID other = province.agencies().get(1);
        // Report period 2025 of an annual regime: 15/12/2024 – 14/12/2025 (Asia/Ho_Chi_Minh).
        statement(lead, "PRESS_CONFERENCE", "2025-02-10T03:00:00Z", null, null);
        statement(lead, "PRESS_CONFERENCE", "2025-05-10T03:00:00Z", null, null);
        statement(lead, "WRITTEN_ANSWER", "2025-03-10T03:00:00Z", null, null);
        // Answers an inquiry: a press release (written answer) and a document provided on request.
        statement(lead, "WRITTEN_ANSWER", "2025-03-11T03:00:00Z", UUID.randomUUID(), null);
        statement(lead, "PORTAL_POSTING", "2025-03-12T03:00:00Z", null, null);
        // An incident with the lead's initial statement (an interview) within 24 hours, one whose initial statement went overdue.
        UUID answered = incident(lead, "2025-04-01T01:00:00Z");
        statement(lead, "INTERVIEW", "2025-04-01T10:00:00Z", null, answered);
        UUID ignored = incident(lead, "2025-06-01T01:00:00Z");
        TestEvents.send(Events.INITIAL_STATEMENT_OVERDUE, new InitialStatementOverdue(ignored, lead, "Sở", "Sạt lở bờ biển", "SERIOUS",
                Instant.parse("2025-06-01T01:00:00Z"), Instant.parse("2025-06-02T01:00:00Z"), Instant.parse("2025-06-02T01:05:00Z")));
        statement(other, "PRESS_CONFERENCE", "2025-08-10T03:00:00Z", null, null);
        TestEvents.send(Events.PRESS_DUTY_MISSED, new PressDutyMissed(UUID.randomUUID(), other, "Sở", "Họp báo định kỳ hằng quý",
                "Nghị định 09/2017/NĐ-CP Điều 10", List.of("PRESS_CONFERENCE"), "2025-Q3", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 30), Instant.parse("2025-10-01T00:05:00Z")));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + lead + "'", 9);
        // An inquiry received and refused on time on a legal ground: the consolidation counts it per ground, in its wording.
        UUID inquiry = UUID.randomUUID();
        TestEvents.send(Events.PRESS_INQUIRY_RECEIVED, new PressInquiryReceived(inquiry, other, "Sở", "Báo Kiên Giang", "Trần Thị B",
                "Vụ án tại Ban Quản lý dự án", null, null, "NOT_PRESENTED", false, "EMAIL", 1, Instant.parse("2025-07-01T02:00:00Z"),
                LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 15), null, "officer", Instant.parse("2025-07-01T02:05:00Z")));
        TestEvents.send(Events.PRESS_INQUIRY_REFUSED, new PressInquiryRefused(inquiry, other, "Sở", "Báo Kiên Giang", "Trần Thị B",
                "Vụ án tại Ban Quản lý dự án", List.of("UNDER_INVESTIGATION"), List.of("Vụ án đang được điều tra hoặc chưa xét xử"),
                "Đang điều tra", "Lê Văn Đức", Instant.parse("2025-07-03T02:00:00Z"), LocalDate.of(2025, 7, 8), true, "officer"));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + other + "'", 4);
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + other + "' AND kind = 'PRESS_DUTY_MISSED' "
                + "AND period_label = '2025-Q3' AND occurred_on = '2025-09-30'", 1);

        // The shipped annual template, under a regime of this test's own (one request per regime and period).
        List<Map<String, Object>> template = auditor().get("/api/v1/regimes").then().statusCode(200)
                .extract().path("find { it.code == 'PRESS_WORK_ANNUAL' }.indicators");
        String code = "S_" + marker().toUpperCase().replace('-', '_');
        admin().body(Map.of("code", code, "name", "Báo cáo năm", "legalBasis", "Nghị định 09/2019/NĐ-CP Điều 12", "frequency", "ANNUAL",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 3, "indicators", template, "recipients", List.of()))
                .post("/api/v1/regimes").then().statusCode(201);
        String request = admin().body(Map.of("reference", "P/" + marker(), "issuedOn", "2025-12-01", "subject", "Báo cáo năm 2025",
                "regimeCode", code, "period", "2025", "targets", Map.of("agencyIds", List.of(lead, other))))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");

        String leadAssignment = admin().queryParam("requestId", request).queryParam("agencyId", lead).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        Map<String, Object> indicators = officerOf(lead).get("/api/v1/assignments/" + leadAssignment + "/draft").then().statusCode(200)
                .body("content.indicators.pressConferences", equalTo(2))
                .body("content.indicators.pressReleases", equalTo(2))
                .body("content.indicators.interviews", equalTo(1))
                .body("content.indicators.documentsProvided", equalTo(1))
                .body("prefilled", hasItems("pressConferences", "pressReleases", "interviews", "documentsProvided"))
                .extract().path("content.indicators");
        String otherAssignment = admin().queryParam("requestId", request).queryParam("agencyId", other).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        officerOf(other).get("/api/v1/assignments/" + otherAssignment + "/draft").then().statusCode(200)
                .body("content.indicators.pressConferences", equalTo(1)).body("content.indicators.interviews", equalTo(0));

        // The agencies declare more press conferences than the suite recorded (3 + 1 against 2 + 1).
        Map<String, Object> declared = new HashMap<>(indicators);
        declared.putAll(Map.of("pressConferences", 3, "portalNewsItems", 10, "spokespersonTrained", true));
        officerOf(lead).body(Map.of("indicators", declared)).post("/api/v1/assignments/" + leadAssignment + "/submit").then().statusCode(200);
        officerOf(other).body(Map.of("indicators", Map.of("documentsProvided", 0, "pressConferences", 1, "pressReleases", 0, "interviews", 0,
                "portalNewsItems", 4, "falseInfoResponses", 0, "spokespersonTrained", false))).post("/api/v1/assignments/" + otherAssignment + "/submit").then()
                .statusCode(200);

        auditor().get("/api/v1/report-requests/" + request + "/consolidation").then().statusCode(200)
                .body("indicators.find { it.key == 'pressConferences' }.total", equalTo(4))
                .body("indicators.find { it.key == 'pressConferences' }.recorded", equalTo(3))
                .body("indicators.find { it.key == 'pressReleases' }.total", equalTo(2))
                .body("indicators.find { it.key == 'pressReleases' }.recorded", equalTo(2))
                .body("indicators.find { it.key == 'interviews' }.recorded", equalTo(1))
                .body("indicators.find { it.key == 'documentsProvided' }.recorded", equalTo(1))
                .body("indicators.find { it.key == 'portalNewsItems' }.recorded", nullValue())
                .body("providingInformation.key", contains("inquiriesReceived", "inquiriesAnsweredOnTime", "inquiriesAnsweredLate",
                        "inquiriesRefused", "inquiriesRefused.UNDER_INVESTIGATION", "incidentsRegistered", "incidentsInitialStatementOnTime",
                        "incidentsInitialStatementOverdue", "pressDutiesMissed"))
                .body("providingInformation.value", contains(1, 0, 0, 1, 1, 2, 1, 1, 1))
                .body("providingInformation.find { it.key == 'inquiriesRefused.UNDER_INVESTIGATION' }.label",
                        equalTo("Trong đó, từ chối vì: Vụ án đang được điều tra hoặc chưa xét xử"))
                .body("providingInformation.find { it.key == 'incidentsInitialStatementOverdue' }.label",
                        equalTo("Số vụ việc đột xuất, bất thường chậm phát ngôn ban đầu (quá hạn)"));

        // Calendar year 2025. Neither agency has a spokesperson, regulation or training (60) nor submitted the report due
        // 17/12/2025 on time (25); no false information; no inquiry (15 in full). The lead led two incidents, one with the
        // initial statement overdue: 50 % of 10; it missed no periodic duty (10): 30 of 120. The other led none (left
        // out) and missed the Q3 press conference: 15 of 110.
        auditor().queryParam("period", "2025").queryParam("parentId", province.root()).get("/api/v1/compliance/scores").then()
                .statusCode(200)
                .body("weights.initialStatementsOnTime", equalTo(10))
                .body("weights.pressDutiesMet", equalTo(10))
                .body("ranking.agencyId", contains(lead.toString(), other.toString()))
                .body("ranking.score", contains(25.0f, 13.6f))
                .body("ranking[0].initialStatementsOnTime", equalTo("PARTLY_MET"))
                .body("ranking[0].incidentsLed", equalTo(2))
                .body("ranking[0].initialStatementsOnTimeCount", equalTo(1))
                .body("ranking[0].pressDutiesMet", equalTo("MET"))
                .body("ranking[0].pressDutiesMissed", equalTo(0))
                .body("ranking[1].initialStatementsOnTime", equalTo("NOT_APPLICABLE"))
                .body("ranking[1].incidentsLed", equalTo(0))
                .body("ranking[1].pressDutiesMet", equalTo("NOT_MET"))
                .body("ranking[1].pressDutiesMissed", equalTo(1));
    }
}
