package vn.gov.pressinfo.reporting.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
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
import vn.gov.pressinfo.events.press.PressInquiryAnswered;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.reporting.TestEvents;

/**
 * Press inquiries answered and refused, published on the real broker as press-response-service does, prefill the
 * annual report's inquiry indicators and score the "inquiries answered on time" compliance criterion.
 */
@QuarkusTest
class PressInquiryFactsTest {

    private static void answered(UUID agency, String outcome, String answeredAt, boolean onTime) {
        Instant at = Instant.parse(answeredAt);
        TestEvents.send(Events.PRESS_INQUIRY_ANSWERED, new PressInquiryAnswered(UUID.randomUUID(), agency, "Sở", "Báo Kiên Giang",
                "Trần Thị B", "Tiến độ dự án đường ven biển", outcome, "WRITTEN_ANSWER", "Lê Văn Đức", at,
                at.minusSeconds(7 * 86400), LocalDate.of(2025, 1, 1), onTime, "PARTIALLY_ANSWERED".equals(outcome) ? 1 : 0, "officer"));
    }

    private static void refused(UUID agency, String refusedAt, boolean onTime) {
        Instant at = Instant.parse(refusedAt);
        TestEvents.send(Events.PRESS_INQUIRY_REFUSED, new PressInquiryRefused(UUID.randomUUID(), agency, "Sở", "Báo Kiên Giang", "Trần Thị B",
                "Hồ sơ thanh tra", List.of("INSPECTION_IN_PROGRESS"),
                List.of("Vụ việc đang trong quá trình thanh tra, chưa có kết luận chính thức"), "Cuộc thanh tra chưa có kết luận", "Lê Văn Đức", at,
                LocalDate.of(2025, 1, 1), onTime, "officer"));
    }

    private static void overdue(UUID agency, UUID inquiry, String level, String detectedAt) {
        TestEvents.send(Events.PRESS_INQUIRY_OVERDUE, new PressInquiryOverdue(inquiry, agency, "Sở", "Báo Kiên Giang", "Trần Thị B",
                "Giá vé tham quan", level, Instant.parse(detectedAt).minusSeconds(20 * 86400), LocalDate.of(2025, 9, 1),
                Instant.parse(detectedAt)));
    }

    @Test
    void inquiriesAnsweredAndRefusedPrefillTheAnnualReportAndScoreCompliance() {
        TestEvents.Province province = TestEvents.province(2, 0);
        UUID asked = province.agencies().get(0);
        UUID neverAsked = province.agencies().get(1);
        // Report period 2025 of an annual regime: 15/12/2024 – 14/12/2025 (Asia/Ho_Chi_Minh).
        answered(asked, "ANSWERED", "2025-03-10T03:00:00Z", true);
        answered(asked, "PARTIALLY_ANSWERED", "2025-06-10T03:00:00Z", false);
        answered(asked, "ANSWERED", "2025-07-01T03:00:00Z", false);
        refused(asked, "2025-08-01T03:00:00Z", true);
        // After the cut-off of 14/12/2025: in the 2026 period, for the report and for compliance alike.
        answered(asked, "ANSWERED", "2025-12-20T03:00:00Z", true);
        // Never answered: OVERDUE is a fact (not on time); VERY_OVERDUE of the same inquiry adds nothing.
        UUID ignored = UUID.randomUUID();
        overdue(asked, ignored, "OVERDUE", "2025-09-02T17:00:00Z");
        overdue(asked, ignored, "VERY_OVERDUE", "2025-09-09T17:00:00Z");
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + asked + "'", 6);
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + asked + "' AND partial", 1);

        // The shipped annual template, under a regime of this test's own (one request per regime and period).
        List<Map<String, Object>> template = auditor().get("/api/v1/regimes").then().statusCode(200)
                .extract().path("find { it.code == 'PRESS_WORK_ANNUAL' }.indicators");
        String code = "A_" + marker().toUpperCase().replace('-', '_');
        admin().body(Map.of("code", code, "name", "Báo cáo năm", "legalBasis", "Nghị định 09/2019/NĐ-CP Điều 12", "frequency", "ANNUAL",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 3, "indicators", template, "recipients", List.of()))
                .post("/api/v1/regimes").then().statusCode(201);
        String request = admin().body(Map.of("reference", "N/" + marker(), "issuedOn", "2025-12-01", "subject", "Báo cáo năm 2025",
                "regimeCode", code, "period", "2025", "targets", Map.of("agencyIds", List.of(asked, neverAsked))))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");

        String id = admin().queryParam("requestId", request).queryParam("agencyId", asked).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        Map<String, Object> indicators = officerOf(asked).get("/api/v1/assignments/" + id + "/draft").then().statusCode(200)
                .body("content.indicators.inquiriesAnswered", equalTo(3))
                .body("content.indicators.inquiriesAnsweredOnTime", equalTo(1))
                .body("content.indicators.inquiriesAnsweredLate", equalTo(2))
                .body("content.indicators.inquiriesRefused", equalTo(1))
                .body("content.indicators.falseInfoResponses", equalTo(0))
                .body("content.indicators.pressConferences", equalTo(0))
                .body("prefilled", containsInAnyOrder("falseInfoResponses", "inquiriesAnswered", "inquiriesAnsweredOnTime",
                        "inquiriesAnsweredLate", "inquiriesRefused", "documentsProvided", "pressConferences", "pressReleases", "interviews"))
                .extract().path("content.indicators");
        String other = admin().queryParam("requestId", request).queryParam("agencyId", neverAsked).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        officerOf(neverAsked).get("/api/v1/assignments/" + other + "/draft").then().statusCode(200)
                .body("content.indicators.inquiriesAnswered", equalTo(0)).body("content.indicators.inquiriesRefused", equalTo(0));

        // The prefilled values pass the template's checks: a submission with them and the required indicators is accepted.
        Map<String, Object> complete = new HashMap<>(indicators);
        complete.putAll(Map.of("documentsProvided", 3, "pressConferences", 1, "pressReleases", 2, "interviews", 1, "portalNewsItems", 10,
                "spokespersonTrained", true));
        officerOf(asked).body(Map.of("indicators", complete)).post("/api/v1/assignments/" + id + "/submit").then().statusCode(200);

        // Period 2025 (15/12/2024 – 14/12/2025): 2 of 5 inquiries had a timely response (an answer and a lawful refusal by
        // their deadline; two answers were late and one inquiry went overdue unanswered; the answer of 20/12/2025 belongs to
        // 2026): 40 % of 15 = 6. Neither agency has a spokesperson, regulation or training (60) nor submitted the report of
        // period 2025 on time (25); false information and initial statements do not apply; both missed no periodic duty (10).
        // Out of 110: 25 and 16.
        auditor().queryParam("period", "2025").queryParam("parentId", province.root()).get("/api/v1/compliance/scores").then()
                .statusCode(200)
                .body("weights.inquiriesAnsweredOnTime", equalTo(15))
                .body("ranking.agencyId", contains(neverAsked.toString(), asked.toString()))
                .body("ranking.score", contains(22.7f, 14.5f))
                .body("ranking[0].inquiriesAnsweredOnTime", equalTo("MET"))
                .body("ranking[0].inquiriesDecided", equalTo(0))
                .body("ranking[0].inquiriesAnsweredOnTimeShare", equalTo(100.0f))
                .body("ranking[1].inquiriesAnsweredOnTime", equalTo("PARTLY_MET"))
                .body("ranking[1].inquiriesDecided", equalTo(5))
                .body("ranking[1].inquiriesAnsweredOnTimeCount", equalTo(2))
                .body("ranking[1].inquiriesAnsweredOnTimeShare", equalTo(40.0f));
        auditor().queryParam("period", "2026").queryParam("parentId", province.root()).get("/api/v1/compliance/scores").then()
                .statusCode(200).body("ranking.find { it.agencyId == '" + asked + "' }.inquiriesDecided", equalTo(1))
                .body("ranking.find { it.agencyId == '" + asked + "' }.inquiriesAnsweredOnTimeCount", equalTo(1));
    }
}
