package vn.gov.pressinfo.reporting.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.as;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.reporting.ReportSubmitted;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class AssignmentResourceTest {

    static final Map<String, Object> COMPLETE = Map.of(
            "indicators", Map.of("pressConferences", 4, "citizenQuestionsOnTime", 100, "spokespersonTrained", true,
                    "formsUsed", List.of("PRESS_CONFERENCE", "PORTAL_OR_SOCIAL_PAGE"), "falseInfoResponses", 2),
            "narrative", Map.of("results", "Tổ chức 04 cuộc họp báo.", "shortcomings", "Cập nhật thông tin còn chậm.",
                    "causes", "Thiếu cán bộ chuyên trách.", "proposals", "Đề nghị mở lớp tập huấn."),
            "attachments", List.of(Map.of("fileName", "bao-cao.pdf", "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    "signer", "Nguyễn Văn A", "signedOn", "2026-08-15", "sizeBytes", 1024)));

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A request due on {@code due} to the province's agencies; returns the assignment id of each agency, in order. */
    static List<String> request(TestEvents.Province province, LocalDate due) {
        String id = admin().body(Fixtures.adHoc("T/" + marker(), due.minusDays(20), due, Map.of("parentId", province.root())))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        return province.agencies().stream().map(agency -> admin().queryParam("requestId", id).queryParam("agencyId", agency)
                .get("/api/v1/assignments").then().statusCode(200).body("total", equalTo(1)).extract().<String>path("items[0].id")).toList();
    }

    @Test
    void submitReturnResubmitAcceptWithHistoryAndEvents() {
        TestEvents.Province province = TestEvents.province(1, 0);
        UUID agency = province.agencies().get(0);
        clock.set(LocalDate.of(2026, 8, 10), LocalTime.of(9, 0));
        String id = request(province, LocalDate.of(2026, 8, 20)).get(0);

        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("pressConferences", 3)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(200).header("ETag", "\"1\"")
                .body("content.indicators.pressConferences", equalTo(3));
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("pressConferences", 3)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(412);
        officerOf(agency).body(Map.of()).put("/api/v1/assignments/" + id + "/draft").then().statusCode(428);
        officerOf(agency).get("/api/v1/assignments/" + id + "/draft").then().statusCode(200).body("content.indicators.pressConferences", equalTo(3));

        officerOf(agency).body(COMPLETE).post("/api/v1/assignments/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("late", equalTo(false)).body("revision", equalTo(1));
        officerOf(agency).body(COMPLETE).post("/api/v1/assignments/" + id + "/submit").then().statusCode(409)
                .body("detail", containsString("SUBMITTED")).body("detail", containsString("RETURNED")).body("detail", containsString("ACCEPTED"));
        officerOf(agency).body(Map.of("comment", "x")).post("/api/v1/assignments/" + id + "/accept").then().statusCode(403);
        auditor().body(Map.of("comment", "x")).post("/api/v1/assignments/" + id + "/return").then().statusCode(403);
        admin().body(Map.of("comment", " ")).post("/api/v1/assignments/" + id + "/return").then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        admin().body(Map.of("comment", "Bổ sung số liệu họp báo quý IV.")).post("/api/v1/assignments/" + id + "/return").then().statusCode(200)
                .body("state", equalTo("RETURNED"));
        admin().body(Map.of()).post("/api/v1/assignments/" + id + "/accept").then().statusCode(409)
                .body("detail", containsString("is RETURNED")).body("detail", containsString("RESUBMITTED"));

        // The resubmission comes after the deadline: accepted, and the first submission stays on time.
        clock.set(LocalDate.of(2026, 8, 24), LocalTime.of(9, 0));
        officerOf(agency).post("/api/v1/assignments/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("RESUBMITTED")).body("revision", equalTo(2)).body("late", equalTo(false));
        admin().body(Map.of("comment", "Đạt yêu cầu.")).post("/api/v1/assignments/" + id + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        admin().post("/api/v1/assignments/" + id + "/accept").then().statusCode(409).body("detail", containsString("none (final state)"));
        officerOf(agency).header("If-Match", "\"9\"").body(Map.of()).put("/api/v1/assignments/" + id + "/draft").then().statusCode(412);

        auditor().get("/api/v1/assignments/" + id + "/history").then().statusCode(200)
                .body("toState", equalTo(List.of("OPEN", "SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED")))
                .body("[2].note", equalTo("Bổ sung số liệu họp báo quý IV.")).body("[2].actor", equalTo("press-admin-user"));
        auditor().get("/api/v1/assignments/" + id + "/submission").then().statusCode(200)
                .body("indicators.pressConferences", equalTo(4)).body("narrative.causes", equalTo("Thiếu cán bộ chuyên trách."))
                .body("attachments[0].signer", equalTo("Nguyễn Văn A"));

        List<ConsumerRecord<String, String>> events = TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS,
                r -> id.equals(r.key()), 4, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(Events.REPORT_SUBMITTED.type(),
                Events.REPORT_RETURNED.type(), Events.REPORT_SUBMITTED.type(), Events.REPORT_ACCEPTED.type());
        ReportSubmitted resubmitted = EventJson.read(events.get(2).value(), ReportSubmitted.class);
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(resubmitted.late()).isTrue();
    }

    @Test
    void aLateSubmissionIsAcceptedAndMarkedLate() {
        TestEvents.Province province = TestEvents.province(1, 0);
        clock.set(LocalDate.of(2026, 9, 3), LocalTime.of(8, 0));
        String id = request(province, LocalDate.of(2026, 8, 31)).get(0);
        auditor().get("/api/v1/assignments/" + id).then().statusCode(200).body("overdue", equalTo(true));
        admin().queryParam("overdue", true).queryParam("agencyId", province.agencies().get(0)).get("/api/v1/assignments").then()
                .body("total", equalTo(1));
        officerOf(province.agencies().get(0)).body(COMPLETE).post("/api/v1/assignments/" + id + "/submit").then().statusCode(200)
                .body("late", equalTo(true)).body("overdue", equalTo(false));
        auditor().queryParam("late", true).queryParam("agencyId", province.agencies().get(0)).get("/api/v1/assignments").then()
                .body("total", equalTo(1));
    }

    @Test
    void indicatorsAreCheckedAgainstTheTemplate() {
        TestEvents.Province province = TestEvents.province(1, 0);
        UUID agency = province.agencies().get(0);
        String id = request(province, LocalDate.of(2026, 12, 20)).get(0);
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("pressConferences", "bốn")))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(422)
                .body("errors[0].field", equalTo("indicators.pressConferences"));
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("pressConferences", 2.5)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(422);
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("pressConferences", -1)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(422);
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("interviewsGiven", 1)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(422).body("errors[0].field", equalTo("indicators.interviewsGiven"));
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("citizenQuestionsOnTime", 101, "spokespersonTrained", "yes",
                "formsUsed", List.of("PRESS_CONFERENCE", "TELEPATHY")))).put("/api/v1/assignments/" + id + "/draft").then().statusCode(422)
                .body("errors.field", hasItems("indicators.citizenQuestionsOnTime", "indicators.spokespersonTrained", "indicators.formsUsed"));
        // A draft may lack required values; a submission may not.
        officerOf(agency).header("If-Match", "\"0\"").body(Map.of("indicators", Map.of("citizenQuestionsOnTime", 97.5)))
                .put("/api/v1/assignments/" + id + "/draft").then().statusCode(200);
        officerOf(agency).post("/api/v1/assignments/" + id + "/submit").then().statusCode(422)
                .body("errors[0].field", equalTo("indicators.pressConferences"));
        officerOf(agency).body(Map.of("attachments", List.of(Map.of("fileName", "a.pdf", "sha256", "not-a-hash"))))
                .post("/api/v1/assignments/" + id + "/submit").then().statusCode(400);
        auditor().get("/api/v1/assignments/" + id).then().body("state", equalTo("OPEN"));
    }

    @Test
    void assignmentListsReadOnWithCursorsFromAnyPage() {
        TestEvents.Province province = TestEvents.province(5, 0);
        clock.set(LocalDate.of(2026, 12, 15), LocalTime.of(9, 0));
        String later = request(province, LocalDate.of(2026, 12, 20)).get(0);
        request(province, LocalDate.of(2026, 12, 10));
        String laterRequest = admin().get("/api/v1/assignments/" + later).then().statusCode(200).extract().path("requestId");

        // one request's, in agency name order; every assignment of the province, latest deadline first across both
        // requests; the overdue ones (the earlier request's); an agency officer's own
        assertReadsOnWithCursors(() -> admin().queryParam("state", "OPEN"), "/api/v1/report-requests/" + laterRequest + "/assignments", 5, 2);
        assertReadsOnWithCursors(() -> admin().queryParam("q", province.marker()), "/api/v1/assignments", 10, 3);
        assertReadsOnWithCursors(() -> admin().queryParam("q", province.marker()).queryParam("overdue", true), "/api/v1/assignments", 5, 2);
        assertReadsOnWithCursors(() -> officerOf(province.agencies().get(0)), "/api/v1/assignments", 2, 1);

        admin().queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/assignments")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("after"));
    }

    /** Reads the list page by page with the cursor each page hands out: the same items in the same order as one page. */
    private static void assertReadsOnWithCursors(Supplier<RequestSpecification> caller, String path, int total, int size) {
        List<Map<String, Object>> whole = caller.get().queryParam("size", 100).get(path).then().statusCode(200)
                .body("total", equalTo(total)).body("next", org.hamcrest.Matchers.nullValue()).extract().jsonPath().getList("items");
        assertThat(whole).hasSize(total);
        List<String> read = new java.util.ArrayList<>();
        String next = null;
        for (int guard = 0; guard <= total; guard++) {
            var spec = caller.get().queryParam("size", size);
            var page = (next == null ? spec : spec.queryParam("after", next)).get(path).then().statusCode(200)
                    .body("total", equalTo(total)).extract();
            read.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            if (next == null) {
                break;
            }
            assertThat(page.header("Link")).contains("rel=\"next\"");
        }
        assertThat(read).containsExactlyElementsOf(whole.stream().map(item -> (String) item.get("id")).toList());
    }

    @Test
    void anAgencyOfficerReachesOnlyItsOwnAssignments() {
        TestEvents.Province province = TestEvents.province(2, 0);
        UUID mine = province.agencies().get(0);
        UUID theirs = province.agencies().get(1);
        List<String> ids = request(province, LocalDate.of(2026, 12, 20));
        officerOf(mine).get("/api/v1/assignments/" + ids.get(0)).then().statusCode(200);
        officerOf(mine).get("/api/v1/assignments/" + ids.get(1)).then().statusCode(403);
        officerOf(mine).get("/api/v1/assignments/" + ids.get(1) + "/history").then().statusCode(403);
        officerOf(mine).get("/api/v1/assignments/" + ids.get(1) + "/draft").then().statusCode(403);
        officerOf(mine).body(COMPLETE).post("/api/v1/assignments/" + ids.get(1) + "/submit").then().statusCode(403);
        officerOf(mine).queryParam("agencyId", theirs).get("/api/v1/assignments").then().statusCode(403);
        officerOf(mine).get("/api/v1/assignments").then().statusCode(200).body("items.agencyId", org.hamcrest.Matchers.everyItem(equalTo(mine.toString())));
        as("press-monitor").body(COMPLETE).post("/api/v1/assignments/" + ids.get(0) + "/submit").then().statusCode(403);
        auditor().header("If-Match", "\"0\"").body(Map.of()).put("/api/v1/assignments/" + ids.get(0) + "/draft").then().statusCode(403);
        auditor().get("/api/v1/assignments/" + ids.get(1)).then().statusCode(200);
        auditor().get("/api/v1/assignments/" + UUID.randomUUID()).then().statusCode(404);
        auditor().queryParam("state", "LOST").get("/api/v1/assignments").then().statusCode(400);
    }

    @Test
    void theDraftIsPrefilledWithTheRebuttalsSentInThePeriod() {
        TestEvents.Province province = TestEvents.province(1, 0);
        UUID agency = province.agencies().get(0);
        String code = "M_" + marker().toUpperCase();
        admin().body(Map.of("code", code, "name", "Báo cáo tháng", "legalBasis", "Nghị định 09/2019/NĐ-CP", "frequency", "MONTHLY",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 3,
                "indicators", List.of(Map.of("key", "falseInfoResponses", "label", "Số văn bản phản hồi", "type", "INTEGER", "required", true)),
                "recipients", List.of())).post("/api/v1/regimes").then().statusCode(201);
        // Period 2026-05: 15/04/2026 – 14/05/2026 (Asia/Ho_Chi_Minh). Two rebuttals inside, one after.
        for (String sentAt : List.of("2026-04-15T01:00:00Z", "2026-05-14T16:30:00Z", "2026-05-14T17:30:00Z")) {
            TestEvents.send(Events.REBUTTAL_SENT, new RebuttalSent(UUID.randomUUID(), agency, "Sở", "Báo X", "ONLINE", "https://x.vn/a",
                    UUID.randomUUID(), "FALSE", "EMAIL", List.of("toasoan@x.vn"), "Nguyễn Văn A", Instant.parse(sentAt), true,
                    Instant.parse(sentAt).plusSeconds(86400)));
        }
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + agency + "'", 3);
        String request = admin().body(Map.of("reference", "P/" + marker(), "issuedOn", "2026-05-15", "subject", "Báo cáo tháng 5",
                "regimeCode", code, "period", "2026-05", "targets", Map.of("agencyIds", List.of(agency))))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        String id = admin().queryParam("requestId", request).get("/api/v1/assignments").then().extract().path("items[0].id");
        officerOf(agency).get("/api/v1/assignments/" + id + "/draft").then().statusCode(200)
                .body("content.indicators.falseInfoResponses", equalTo(2)).body("prefilled", hasSize(1)).header("ETag", "\"0\"");
    }

    @Test
    void aReorganisationMovesOpenAssignmentsToTheSuccessor() {
        TestEvents.Province province = TestEvents.province(3, 0);
        UUID merged = province.agencies().get(0);
        UUID submitted = province.agencies().get(1);
        UUID successor = province.agencies().get(2);
        List<String> ids = request(province, LocalDate.of(2026, 12, 20));
        // Another request that asks the predecessors only.
        String other = admin().body(Fixtures.adHoc("R/" + marker(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                Map.of("agencyIds", List.of(merged)))).post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        String otherAssignment = admin().queryParam("requestId", other).get("/api/v1/assignments").then().extract().path("items[0].id");
        officerOf(submitted).body(COMPLETE).post("/api/v1/assignments/" + ids.get(1) + "/submit").then().statusCode(200);

        TestEvents.send(Events.AGENCY_REORGANIZED, new AgencyReorganized(UUID.randomUUID(), "MERGE", LocalDate.of(2026, 7, 1),
                new AgencyReorganized.LegalBasis("1234/QĐ-UBND", LocalDate.of(2026, 6, 20), "Chủ tịch UBND tỉnh"), null,
                List.of(new AgencyReorganized.Link(merged, null, List.of(successor), successor, null),
                        new AgencyReorganized.Link(submitted, null, List.of(successor), successor, null)), List.of(),
                Instant.now()));
        TestEvents.awaitCount("SELECT count(*) FROM assignment WHERE id = '" + otherAssignment + "' AND agency_id = '" + successor + "'", 1);
        auditor().get("/api/v1/assignments/" + otherAssignment + "/history").then().statusCode(200)
                .body("[1].note", containsString("1234/QĐ-UBND")).body("[1].toState", equalTo("OPEN"));
        auditor().get("/api/v1/assignments/" + otherAssignment).then().body("agencyName", containsString("Sở Thử nghiệm 3"));
        // The successor was asked by the first request itself: the predecessor's assignment is withdrawn, and says why.
        auditor().get("/api/v1/assignments/" + ids.get(0)).then().body("agencyId", equalTo(merged.toString()))
                .body("state", equalTo("WITHDRAWN")).body("overdue", equalTo(false));
        auditor().get("/api/v1/assignments/" + ids.get(0) + "/history").then().body("[1].toState", equalTo("WITHDRAWN"))
                .body("[1].note", containsString("Rút yêu cầu: cơ quan đã giải thể/sáp nhập theo 1234/QĐ-UBND"))
                .body("[1].note", containsString("đã được yêu cầu báo cáo trong cùng văn bản"));
        // A submitted report stays with the agency that made it.
        auditor().get("/api/v1/assignments/" + ids.get(1)).then().body("agencyId", equalTo(submitted.toString()));
    }
}
