package vn.gov.pressinfo.reporting.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.reporting.ReportRequested;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.TestEvents;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class ReportRequestResourceTest {

    @Test
    void aRequestToAProvinceCreatesOneAssignmentPerAgencyAndPublishesReportRequested() {
        TestEvents.Province province = TestEvents.province(24, 15);
        String reference = "1005/STTTT-TTBCXB-" + marker();
        String id = admin().body(Fixtures.adHoc(reference, LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 20), Map.of("parentId", province.root())))
                .post("/api/v1/report-requests").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/report-requests/")).extract().path("id");
        auditor().get("/api/v1/report-requests/" + id).then().statusCode(200).body("assignmentCount", equalTo(39))
                .body("reference", equalTo(reference)).body("dueDate", equalTo("2026-08-20")).body("indicators", hasSize(5));
        auditor().queryParam("size", 100).get("/api/v1/report-requests/" + id + "/assignments").then().statusCode(200)
                .body("total", equalTo(39)).body("items.findAll { it.state == 'OPEN' }", hasSize(39))
                .header("X-Total-Count", "39");
        // Accent-insensitive search on the agency name, and on the request's subject.
        auditor().queryParam("q", "uy ban nhan dan huyen thu nghiem 1" + "2 " + province.marker())
                .get("/api/v1/report-requests/" + id + "/assignments").then().statusCode(200).body("total", equalTo(1));
        auditor().queryParam("q", reference.substring(reference.length() - 8)).get("/api/v1/report-requests").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        auditor().queryParam("q", "chi thi 06 " + reference.substring(reference.length() - 8)).get("/api/v1/report-requests").then()
                .statusCode(200).body("total", equalTo(0));

        List<ConsumerRecord<String, String>> events = TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS,
                r -> id.equals(r.key()) && Events.REPORT_REQUESTED.type().equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ReportRequested requested = EventJson.read(events.get(0).value(), ReportRequested.class);
        assertThat(requested.agencyIds()).containsExactlyInAnyOrderElementsOf(province.agencies());
        assertThat(requested.reference()).isEqualTo(reference);
        // Every creation is in the history.
        String assignment = auditor().get("/api/v1/report-requests/" + id + "/assignments").then().extract().path("items[0].id");
        auditor().get("/api/v1/assignments/" + assignment + "/history").then().statusCode(200)
                .body("[0].toState", equalTo("OPEN")).body("[0].actor", equalTo("press-admin-user"));
    }

    @Test
    void targetsByTypeUnderAParentAndByList() {
        TestEvents.Province province = TestEvents.province(3, 2);
        admin().body(Fixtures.adHoc("01/TEST-" + marker(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20),
                Map.of("parentId", province.root(), "types", List.of("DISTRICT"))))
                .post("/api/v1/report-requests").then().statusCode(201).body("assignmentCount", equalTo(2));
        admin().body(Fixtures.adHoc("02/TEST-" + marker(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20),
                Map.of("agencyIds", List.of(province.agencies().get(0), province.agencies().get(1), province.agencies().get(0)))))
                .post("/api/v1/report-requests").then().statusCode(201).body("assignmentCount", equalTo(2));
    }

    @Test
    void aRegimeRequestComputesItsPeriodAndDeadlineOnce() {
        TestEvents.Province province = TestEvents.province(2, 0);
        String code = "Q_" + marker().toUpperCase();
        admin().body(Map.of("code", code, "name", "Báo cáo quý", "legalBasis", "Nghị định 09/2019/NĐ-CP Điều 12", "frequency", "QUARTERLY",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 2,
                "indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true)),
                "recipients", List.of("Ủy ban nhân dân tỉnh"))).post("/api/v1/regimes").then().statusCode(201);
        Map<String, Object> body = Map.of("reference", "10/SVHTTDL-" + marker(), "issuedOn", "2026-03-01", "subject", "Báo cáo quý I/2026",
                "regimeCode", code, "period", "2026-Q1", "targets", Map.of("parentId", province.root()));
        // Q1 2026: 15/12/2025 – Saturday 14/03/2026; two working days later: Monday 16 and Tuesday 17 March.
        admin().body(body).post("/api/v1/report-requests").then().statusCode(201)
                .body("period", equalTo("2026-Q1")).body("periodStart", equalTo("2025-12-15")).body("periodEnd", equalTo("2026-03-14"))
                .body("dueDate", equalTo("2026-03-17")).body("regimeCode", equalTo(code)).body("indicators", hasSize(1));
        admin().body(body).post("/api/v1/report-requests").then().statusCode(409);
        Map<String, Object> noPeriod = new HashMap<>(body);
        noPeriod.remove("period");
        admin().body(noPeriod).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("period"));
        noPeriod.put("period", "2026-13");
        admin().body(noPeriod).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("period"));
    }

    @Test
    void badRequestsAreProblemsNotErrors() {
        TestEvents.Province province = TestEvents.province(1, 0);
        Map<String, Object> ok = Fixtures.adHoc("03/TEST-" + marker(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), Map.of("parentId", province.root()));

        Map<String, Object> noDue = new HashMap<>(ok);
        noDue.remove("dueDate");
        admin().body(noDue).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        Map<String, Object> early = new HashMap<>(ok);
        early.put("dueDate", "2025-12-31");
        admin().body(early).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        Map<String, Object> unknown = new HashMap<>(ok);
        unknown.put("targets", Map.of("agencyIds", List.of(UUID.randomUUID())));
        admin().body(unknown).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("targets.agencyIds"));
        Map<String, Object> none = new HashMap<>(ok);
        none.put("targets", Map.of("parentId", UUID.randomUUID()));
        admin().body(none).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("targets"));
        Map<String, Object> both = new HashMap<>(ok);
        both.put("targets", Map.of());
        admin().body(both).post("/api/v1/report-requests").then().statusCode(422);
        Map<String, Object> regime = new HashMap<>(ok);
        regime.put("regimeCode", "NO_SUCH_REGIME");
        admin().body(regime).post("/api/v1/report-requests").then().statusCode(422).body("errors[0].field", equalTo("regimeCode"));
        Map<String, Object> blank = new HashMap<>(ok);
        blank.put("reference", " ");
        admin().body(blank).post("/api/v1/report-requests").then().statusCode(400).body("errors[0].field", equalTo("reference"));
        Map<String, Object> badDate = new HashMap<>(ok);
        badDate.put("issuedOn", "05/08/2022");
        admin().body(badDate).post("/api/v1/report-requests").then().statusCode(400);
        admin().body("{").post("/api/v1/report-requests").then().statusCode(400);

        auditor().body(ok).post("/api/v1/report-requests").then().statusCode(403);
        officerOf(province.agencies().get(0)).body(ok).post("/api/v1/report-requests").then().statusCode(403);
        auditor().get("/api/v1/report-requests/" + UUID.randomUUID()).then().statusCode(404);
        auditor().queryParam("size", 1000).get("/api/v1/report-requests").then().statusCode(400);
    }

    @Test
    void anAgencyOfficerSeesOnlyTheRequestsThatAskItsAgency() {
        TestEvents.Province province = TestEvents.province(2, 0);
        UUID asked = province.agencies().get(0);
        UUID other = province.agencies().get(1);
        String id = admin().body(Fixtures.adHoc("04/TEST-" + marker(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), Map.of("agencyIds", List.of(asked))))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        officerOf(asked).get("/api/v1/report-requests/" + id).then().statusCode(200);
        officerOf(other).get("/api/v1/report-requests/" + id).then().statusCode(403);
        officerOf(other).get("/api/v1/report-requests").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        officerOf(asked).get("/api/v1/report-requests").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }
}
