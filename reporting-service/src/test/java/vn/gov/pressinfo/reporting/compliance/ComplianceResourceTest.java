package vn.gov.pressinfo.reporting.compliance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.events.registry.RegulationRecorded;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.TrainingAttended;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;

@QuarkusTest
class ComplianceResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void spokesperson(UUID agency) {
        TestEvents.send(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agency, "Sở", UUID.randomUUID(), "HEAD", "Lê Văn Đức",
                "Giám đốc Sở", "le.van.duc." + marker() + "@kiengiang.gov.vn", "0297 3862 111", LocalDate.of(2024, 1, 1), null, null, Instant.now()));
    }

    private static void regulation(UUID agency) {
        TestEvents.send(Events.REGULATION_RECORDED, new RegulationRecorded(agency, "Sở", UUID.randomUUID(), "12/QĐ-S", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, 1), Instant.now()));
    }

    private static void training(UUID agency, String as) {
        TestEvents.send(Events.TRAINING_ATTENDED, new TrainingAttended(agency, "Sở", UUID.randomUUID(), UUID.randomUUID(), "Tập huấn phát ngôn",
                LocalDate.of(2025, 6, 1), "Lê Văn Đức", as, Instant.now()));
    }

    private static void submit(String request, UUID agency) {
        String id = admin().queryParam("requestId", request).queryParam("agencyId", agency).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        officerOf(agency).body(Map.of("indicators", Map.of("pressConferences", 1))).post("/api/v1/assignments/" + id + "/submit").then()
                .statusCode(200);
    }

    @Test
    void scoresRankAndListAgenciesFromTheFactsTheSuiteHolds() {
        TestEvents.Province p = TestEvents.province(3, 0);
        UUID exemplary = p.agencies().get(0);
        UUID poor = p.agencies().get(1);
        UUID middling = p.agencies().get(2);
        spokesperson(exemplary);
        spokesperson(middling);
        regulation(exemplary);
        regulation(poor);
        regulation(middling);
        training(exemplary, "SPOKESPERSON");
        training(poor, "SUBSTITUTE");
        training(middling, "SPOKESPERSON");
        UUID flaggedCase = UUID.randomUUID();
        TestEvents.send(Events.FALSE_INFO_FLAGGED, new FalseInfoFlagged(flaggedCase, exemplary, "Sở", "Báo X", "ONLINE", "https://x.vn/1", null,
                "Tin sai", "Đất đai", "NORMAL", "FALSE", LocalDate.of(2025, 5, 10), "press-monitor", Instant.parse("2025-05-05T03:00:00Z")));
        TestEvents.send(Events.REBUTTAL_SENT, new RebuttalSent(flaggedCase, exemplary, "Sở", "Báo X", "ONLINE", "https://x.vn/1", UUID.randomUUID(),
                "FALSE", "EMAIL", List.of("toasoan@x.vn"), "Lê Văn Đức", Instant.parse("2025-05-08T03:00:00Z"), true,
                Instant.parse("2025-05-09T03:00:00Z")));
        TestEvents.awaitCount("SELECT count(*) FROM compliance_fact WHERE agency_id IN ('" + exemplary + "','" + poor + "','" + middling + "')", 6);
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + exemplary + "'", 2);
        TestEvents.awaitCount("SELECT count(*) FROM spokesperson_reference WHERE agency_id IN ('" + exemplary + "','" + middling + "')", 2);

        String request = admin().body(Fixtures.adHoc("C/" + marker(), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 10),
                Map.of("parentId", p.root()))).post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        clock.set(LocalDate.of(2025, 12, 1), LocalTime.NOON);
        submit(request, exemplary);
        clock.set(LocalDate.of(2025, 12, 15), LocalTime.NOON);
        submit(request, middling);
        clock.reset();

        String name = "Sở Thử nghiệm ";
        auditor().queryParam("period", "2025").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body("from", equalTo("2024-12-15")).body("to", equalTo("2025-12-14"))
                .body("weights.reportsOnTime", equalTo(25))
                .body("ranking.agencyId", contains(exemplary.toString(), middling.toString(), poor.toString()))
                // With no press inquiry in 2025 each earns the inquiry criterion (15) in full, and with no periodic duty missed
                // the duty criterion (10); no incident led (left out): 125/125, 85/110 and 45/110.
                .body("ranking.score", contains(100.0f, 77.3f, 40.9f))
                .body("ranking[0].initialStatementsOnTime", equalTo("NOT_APPLICABLE")).body("ranking[0].pressDutiesMet", equalTo("MET"))
                .body("ranking.rank", contains(1, 2, 3))
                .body("ranking[1].reportsOnTime", equalTo("NOT_MET")).body("ranking[1].falseInfoAnswered", equalTo("NOT_APPLICABLE"))
                .body("ranking[2].training", equalTo("NOT_MET")).body("ranking[2].spokesperson", equalTo("NOT_MET"))
                .body("ranking[0].falseInfoFlagged", equalTo(1)).body("ranking[0].falseInfoAnsweredOnTime", equalTo(1))
                .body("commendation", contains(name + "1 " + p.marker()))
                .body("publicList", contains(name + "2 " + p.marker()));
        auditor().queryParam("period", "2025-Q5").get("/api/v1/compliance/scores").then().statusCode(422).body("errors[0].field", equalTo("period"));
        auditor().get("/api/v1/compliance/scores").then().statusCode(400);
        officerOf(exemplary).queryParam("period", "2025").get("/api/v1/compliance/scores").then().statusCode(403);
    }

    @Test
    void periodsFollowTheDecreeCutOffSoAFactOfTwentiethDecember2024CountsIn2025() {
        TestEvents.Province p = TestEvents.province(1, 0);
        UUID agency = p.agencies().get(0);
        // 20 Dec 2024 10:00 in Asia/Ho_Chi_Minh: after the 14 Dec cut-off, so in the 2025 period.
        TestEvents.send(Events.FALSE_INFO_FLAGGED, new FalseInfoFlagged(UUID.randomUUID(), agency, "Sở", "Báo X", "ONLINE", "https://x.vn/9",
                null, "Tin sai", "Đất đai", "NORMAL", "FALSE", LocalDate.of(2024, 12, 27), "press-monitor", Instant.parse("2024-12-20T03:00:00Z")));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + agency + "'", 1);
        String line = "ranking.find { it.agencyId == '" + agency + "' }";
        auditor().queryParam("period", "2025").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body("period", equalTo("2025")).body("from", equalTo("2024-12-15")).body("to", equalTo("2025-12-14"))
                .body(line + ".falseInfoFlagged", equalTo(1));
        auditor().queryParam("period", "2024").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body("from", equalTo("2023-12-15")).body("to", equalTo("2024-12-14")).body(line + ".falseInfoFlagged", equalTo(0));
        auditor().queryParam("period", "2025-H1").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body("from", equalTo("2024-12-15")).body("to", equalTo("2025-06-14")).body(line + ".falseInfoFlagged", equalTo(1));
        auditor().queryParam("period", "2025-01").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body("from", equalTo("2024-12-15")).body("to", equalTo("2025-01-14")).body(line + ".falseInfoFlagged", equalTo(1));
    }
}
