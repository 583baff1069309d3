package vn.gov.pressinfo.pressresponse.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.events;
import static vn.gov.pressinfo.pressresponse.Fixtures.item;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.Fixtures.person;
import static vn.gov.pressinfo.pressresponse.Fixtures.uniqueUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;
import vn.gov.pressinfo.pressresponse.correction.CorrectionOverdueJob;
import vn.gov.pressinfo.pressresponse.metrics.OpenCasesGauge;

/** The false-information workflow end to end, with the events it puts on the real broker. */
@QuarkusTest
class FalseInformationWorkflowTest {

    private static final String ITEMS = "/api/v1/press-items/";
    private static final String SPOKESPERSON = "nguyenthithuha@kiengiang.gov.vn";

    @Inject
    MutableClock clock;

    @Inject
    CorrectionOverdueJob overdueJob;

    @Inject
    OpenCasesGauge gauge;

    @BeforeEach
    void departmentRole() {
        Fixtures.departmentRole();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String flaggedCaseWithApprovedRebuttal(String agencyId, Map<String, Object> item) {
        String id = Fixtures.verdict(item, "FALSE");
        officerOf(agencyId).body(Map.of("content", "Sở Y tế đề nghị Báo Điện tử ABC cải chính bài viết.",
                "correctInformation", "Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá."))
                .post(ITEMS + id + "/rebuttal").then().log().ifValidationFails().statusCode(200).body("status", equalTo("DRAFT"));
        person(SPOKESPERSON, agencyId).body(Map.of("note", "Đồng ý gửi")).post(ITEMS + id + "/rebuttal/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo(SPOKESPERSON));
        return id;
    }

    @Test
    void aFalseItemIsFlaggedRebuttedAndGoesOverdueExactlyOnce() {
        String agencyId = agency("Sở Y tế " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        // Monday 9 March 2026, 09:00 in Viet Nam.
        clock.set(LocalDate.of(2026, 3, 9), LocalTime.of(9, 0));

        String id = Fixtures.verdict(agencyId, "FALSE");
        admin().get(ITEMS + id).then().body("state", equalTo("FLAGGED")).body("verdictLabel", equalTo("Tin giả / sai sự thật"))
                .body("responseDueDate", equalTo("2026-03-16")).body("evidenceLinks[0]", containsString("soyte"));
        var flagged = events(id, "FalseInfoFlagged", 2, Duration.ofSeconds(8));
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).value()).contains("\"verdict\":\"FALSE\"").contains("\"responseDueDate\":\"2026-03-16\"")
                .contains("\"topic\":\"HEALTH\"").contains("\"outletName\":\"Báo Điện tử ABC\"");

        officerOf(agencyId).body(Map.of("content", "Bản nháp 1", "correctInformation", "Không có ca tử vong."))
                .post(ITEMS + id + "/rebuttal").then().log().ifValidationFails().statusCode(200);
        officerOf(agencyId).body(Map.of("content", "Sở Y tế đề nghị Báo Điện tử ABC cải chính.",
                "correctInformation", "Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá.")).post(ITEMS + id + "/rebuttal")
                .then().statusCode(200).body("content", equalTo("Sở Y tế đề nghị Báo Điện tử ABC cải chính."));
        // Sending before approval is an illegal step.
        officerOf(agencyId).body(Map.of("channel", "EMAIL")).post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(409)
                .body("detail", containsString("RESPONSE_DRAFTED")).body("detail", containsString("RESPONSE_APPROVED"));
        // Only the agency's spokesperson or head approves: an ordinary officer, an admin and another agency's officer cannot.
        officerOf(agencyId).body(Map.of()).post(ITEMS + id + "/rebuttal/approval").then().statusCode(403)
                .contentType("application/problem+json");
        admin().body(Map.of()).post(ITEMS + id + "/rebuttal/approval").then().statusCode(403);
        person("someone.else@kiengiang.gov.vn", agencyId).body(Map.of()).post(ITEMS + id + "/rebuttal/approval").then().statusCode(403);
        person(SPOKESPERSON, agencyId).body(Map.of("note", "Đồng ý")).post(ITEMS + id + "/rebuttal/approval").then().statusCode(200);

        // Sent Tuesday 10 March 10:00: online → correction due 24 hours later.
        clock.set(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0));
        Instant sentAt = clock.instant();
        officerOf(agencyId).body(Map.of("channel", "OFFICIAL_DOCUMENT_SYSTEM", "documentNumber", "125/SYT-VP"))
                .post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(200)
                .body("status", equalTo("SENT")).body("recipient", equalTo("Báo Điện tử ABC"))
                .body("copyTo[0]", equalTo(Fixtures.DEPARTMENT_VHTT_NAME)).body("onTime", equalTo(true));
        admin().get(ITEMS + id).then().body("state", equalTo("AWAITING_CORRECTION"))
                .body("correctionDueAt", equalTo(sentAt.plus(Duration.ofHours(24)).toString()));
        var sent = events(id, "RebuttalSent", 1, Fixtures.WAIT);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).value()).contains("\"correctionDueAt\":\"" + sentAt.plus(Duration.ofHours(24)) + "\"")
                .contains("\"approvedBy\":\"" + SPOKESPERSON + "\"").contains("\"onTime\":true")
                .contains("cc: Sở Văn hóa và Thể thao");

        // Not yet due: nothing happens.
        clock.set(LocalDate.of(2026, 3, 11), LocalTime.of(9, 59));
        overdueJob.markOverdue();
        admin().get(ITEMS + id).then().body("state", equalTo("AWAITING_CORRECTION"));
        // Past the deadline: exactly one CorrectionOverdue, and a second run adds nothing.
        clock.set(LocalDate.of(2026, 3, 11), LocalTime.of(10, 1));
        assertThat(overdueJob.markOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(overdueJob.markOverdue()).isZero();
        admin().get(ITEMS + id).then().body("state", equalTo("NOT_CORRECTED")).body("overdueNotifiedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(events(id, "CorrectionOverdue", 2, Duration.ofSeconds(8))).hasSize(1);
        admin().get(ITEMS + id + "/transitions").then().body("actor", hasItem("system:correction-overdue"));

        officerOf(agencyId).body(Map.of("kind", "SANCTION_PROPOSAL", "note", "Đề nghị xử phạt theo Nghị định 119/2020/NĐ-CP."))
                .post(ITEMS + id + "/escalation").then().statusCode(200).body("state", equalTo("ESCALATED"));
        assertThat(events(id, "CaseEscalated", 1, Fixtures.WAIT)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"escalation\":\"SANCTION_PROPOSAL\""));
        admin().body(Map.of("outcome", "SANCTIONED")).post(ITEMS + id + "/closure").then().statusCode(200);
        assertThat(events(id, "CaseClosed", 1, Fixtures.WAIT)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"outcome\":\"SANCTIONED\"").contains("\"verdict\":\"FALSE\""));
    }

    @Test
    void theRebuttalIsCopiedToTheAgencyThatHeldTheDepartmentRoleOnTheDayItWasSent() {
        String agencyId = agency("Sở Y tế " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON, LocalDate.of(2024, 1, 1));
        // Monday 10 February 2025: the Department of Information and Communications still managed the press.
        clock.set(LocalDate.of(2025, 2, 10), LocalTime.of(9, 0));
        String before = flaggedCaseWithApprovedRebuttal(agencyId, item(agencyId, uniqueUrl()));
        officerOf(agencyId).body(Map.of("channel", "EMAIL", "copyTo", java.util.List.of("Văn phòng UBND tỉnh")))
                .post(ITEMS + before + "/rebuttal/dispatch").then().statusCode(200)
                .body("copyTo", org.hamcrest.Matchers.contains(Fixtures.DEPARTMENT_TTTT_NAME, "Văn phòng UBND tỉnh"));
        assertThat(events(before, "RebuttalSent", 1, Fixtures.WAIT)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("cc: " + Fixtures.DEPARTMENT_TTTT_NAME));
        // Monday 3 March 2025: the Department of Culture and Sports took over on the 1st.
        clock.set(LocalDate.of(2025, 3, 3), LocalTime.of(9, 0));
        String after = flaggedCaseWithApprovedRebuttal(agencyId, item(agencyId, uniqueUrl()));
        officerOf(agencyId).body(Map.of("channel", "EMAIL")).post(ITEMS + after + "/rebuttal/dispatch").then().statusCode(200)
                .body("copyTo", org.hamcrest.Matchers.contains(Fixtures.DEPARTMENT_VHTT_NAME));
    }

    @Test
    void aPublishedCorrectionIsCheckedAndPublished() {
        String agencyId = agency("Sở Văn hóa " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        clock.set(LocalDate.of(2026, 4, 6), LocalTime.of(9, 0));
        var print = item(agencyId, uniqueUrl());
        print.put("medium", "PRINT");
        String id = flaggedCaseWithApprovedRebuttal(agencyId, print);
        officerOf(agencyId).body(Map.of("channel", "POST")).post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(200);
        // Print: two days.
        admin().get(ITEMS + id).then().body("correctionDueAt", equalTo(clock.instant().plus(Duration.ofDays(2)).toString()));
        officerOf(agencyId).body(Map.of("url", "https://baoabc.vn/cai-chinh.html", "publishedOn", "2026-04-30",
                "namesCorrectedWork", true, "samePositionAndTypeface", true)).post(ITEMS + id + "/correction").then().statusCode(422)
                .body("errors[0].field", equalTo("publishedOn"));
        clock.set(LocalDate.of(2026, 4, 7), LocalTime.of(15, 0));
        officerOf(agencyId).body(Map.of("url", "https://baoabc.vn/cai-chinh.html", "publishedOn", "2026-04-07",
                "namesCorrectedWork", true, "samePositionAndTypeface", false)).post(ITEMS + id + "/correction").then().statusCode(201)
                .body("compliant", equalTo(false)).body("onTime", equalTo(true));
        admin().get(ITEMS + id).then().body("state", equalTo("CORRECTED"));
        assertThat(events(id, "CorrectionPublished", 1, Fixtures.WAIT)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"compliant\":false").contains("\"onTime\":true"));
        officerOf(agencyId).body(Map.of("outcome", "CORRECTED")).post(ITEMS + id + "/closure").then().statusCode(200);

        // Online corrections must answer the online checks.
        var online = item(agencyId, uniqueUrl());
        String other = flaggedCaseWithApprovedRebuttal(agencyId, online);
        officerOf(agencyId).body(Map.of("channel", "EMAIL")).post(ITEMS + other + "/rebuttal/dispatch").then().statusCode(200);
        officerOf(agencyId).body(Map.of("url", "https://baoabc.vn/cai-chinh-2.html", "publishedOn", "2026-04-06",
                "namesCorrectedWork", true, "samePositionAndTypeface", true)).post(ITEMS + other + "/correction").then().statusCode(422)
                .body("errors[0].field", equalTo("keptOnlineSevenDays"));
        officerOf(agencyId).body(Map.of("url", "https://baoabc.vn/cai-chinh-2.html", "publishedOn", "2026-04-06",
                "namesCorrectedWork", true, "samePositionAndTypeface", true, "keptOnlineSevenDays", true, "originalRemoved", true))
                .post(ITEMS + other + "/correction").then().statusCode(201).body("compliant", equalTo(true));

        // Figures for the agency over the period.
        admin().queryParam("agencyId", agencyId).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30")
                .get("/api/v1/statistics").then().statusCode(200)
                .body("cases", equalTo(2)).body("verdicts.FALSE", equalTo(2)).body("verdicts.ACCURATE", equalTo(0))
                .body("rebuttalsOnTime", equalTo(2)).body("rebuttalsLate", equalTo(0))
                .body("correctionsObtained", equalTo(2)).body("correctionsCompliant", equalTo(1)).body("open", equalTo(1));
        officerOf(agencyId).queryParam("from", "2026-04-01").queryParam("to", "2026-04-30").get("/api/v1/statistics").then()
                .statusCode(200).body("agencyId", equalTo(agencyId)).body("cases", equalTo(2));
        officerOf(agencyId).queryParam("agencyId", Fixtures.agency("Khác " + marker())).queryParam("from", "2026-04-01")
                .queryParam("to", "2026-04-30").get("/api/v1/statistics").then().statusCode(403);
        admin().queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get("/api/v1/statistics").then().statusCode(422);
        admin().queryParam("from", "yesterday").queryParam("to", "2026-04-01").get("/api/v1/statistics").then().statusCode(400);
        admin().get("/api/v1/statistics").then().statusCode(400);
    }

    @Test
    void sentRebuttalsFormThePublicFeedAlsoAsClaimReview() {
        String agencyId = agency("Sở Nông nghiệp " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        // Later than every other test's rebuttal, so that this one heads the feed.
        clock.set(LocalDate.of(2027, 6, 1), LocalTime.of(9, 0));
        var body = item(agencyId, uniqueUrl());
        String title = "Giá lúa giảm một nửa " + marker();
        body.put("title", title);
        String id = flaggedCaseWithApprovedRebuttal(agencyId, body);
        // Approved but not sent: not public.
        given().get("/api/v1/public/rebuttals?size=100").then().statusCode(200).body("items.caseId", not(hasItem(id)));
        officerOf(agencyId).body(Map.of("channel", "EMAIL")).post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(200);

        given().get("/api/v1/public/rebuttals").then().statusCode(200).contentType("application/json")
                .body("items[0].caseId", equalTo(id)).body("items[0].claim", equalTo(title))
                .body("items[0].verdictLabel", equalTo("Tin giả / sai sự thật"))
                .body("items[0].correctInformation", equalTo("Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá."))
                .body("items[0].outletName", equalTo("Báo Điện tử ABC"))
                .header("Link", containsString("rel=\"first\""));
        given().accept("application/ld+json").get("/api/v1/public/rebuttals").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("[0].'@context'", equalTo("https://schema.org")).body("[0].'@type'", equalTo("ClaimReview"))
                .body("[0].claimReviewed", equalTo(title))
                .body("[0].itemReviewed.'@type'", equalTo("Claim"))
                .body("[0].itemReviewed.appearance[0].url", equalTo(body.get("url")))
                .body("[0].reviewRating.alternateName", equalTo("Tin giả / sai sự thật"))
                .body("[0].author.'@type'", equalTo("GovernmentOrganization"))
                .body("[0].url", containsString(id));
        given().queryParam("size", 0).get("/api/v1/public/rebuttals").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theOpenCasesGaugeCountsByState() {
        String agencyId = agency("Sở Khoa học " + marker());
        Fixtures.register(item(agencyId, uniqueUrl()));
        gauge.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("pressinfo_press_cases_open\\{state=\"DETECTED\"\\} [1-9]");
        assertThat(metrics).doesNotContain("pressinfo_press_cases_open{state=\"CLOSED\"}");
    }
}
