package vn.gov.pressinfo.reporting.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.RegulationRecorded;
import vn.gov.pressinfo.events.reporting.ReportAssignmentMoved;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;
import vn.gov.pressinfo.reporting.duenotice.DueNoticeJob;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * Reorganisations on the real broker: open assignments move to the heir or are withdrawn (ReportAssignmentMoved either
 * way), a withdrawn one is never due soon nor overdue and not counted as not submitted, replays change nothing, and
 * facts follow the successor, including those that arrive later for the ended agency.
 */
@QuarkusTest
class ReorganisationTest {

    private static final String WITHDRAWN_LABEL = "Cơ quan đã giải thể/sáp nhập";

    @Inject
    MutableClock clock;

    @Inject
    DueNoticeJob dueNotices;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static AgencyReorganized reorganisation(String kind, String reference, AgencyReorganized.Link... links) {
        return new AgencyReorganized(UUID.randomUUID(), kind, LocalDate.of(2025, 7, 1),
                new AgencyReorganized.LegalBasis(reference, LocalDate.of(2025, 6, 12), "Chủ tịch UBND tỉnh"), null, List.of(links), List.of(),
                Instant.now());
    }

    private static String requestTo(List<UUID> agencies, LocalDate issued, LocalDate due) {
        return admin().body(Fixtures.adHoc("RO/" + marker(), issued, due, Map.of("agencyIds", agencies))).post("/api/v1/report-requests")
                .then().statusCode(201).extract().path("id");
    }

    private static String assignmentOf(String request, UUID agency) {
        return admin().queryParam("requestId", request).queryParam("agencyId", agency).get("/api/v1/assignments").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static List<ReportAssignmentMoved> moved(String assignmentId, int expected) {
        return TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS, r -> assignmentId.equals(r.key())
                && Events.REPORT_ASSIGNMENT_MOVED.type().equals(TopicReader.header(r, "ce_type")), expected, Duration.ofSeconds(30))
                .stream().map(r -> EventJson.read(r.value(), ReportAssignmentMoved.class)).toList();
    }

    private static void awaitConsumed(EventEnvelope envelope, String consumer) {
        TestEvents.awaitCount("SELECT count(*) FROM inbox_message WHERE consumer = '" + consumer + "' AND event_id = '" + envelope.id() + "'", 1);
    }

    @Test
    void aMergeMovesTheOpenAssignmentToTheHeirOnceAndAReplayWithANewIdChangesNothing() {
        TestEvents.Province p = TestEvents.province(2, 0);
        UUID ended = p.agencies().get(0);
        UUID heir = p.agencies().get(1);
        String endedName = "Sở Thử nghiệm 1 " + p.marker();
        String heirName = "Sở Thử nghiệm 2 " + p.marker();
        String request = requestTo(List.of(ended), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 20));
        String id = assignmentOf(request, ended);

        AgencyReorganized merge = reorganisation("MERGE", "1234/QĐ-UBND",
                new AgencyReorganized.Link(ended, endedName, List.of(heir), heir, heirName));
        TestEvents.send(Events.AGENCY_REORGANIZED, merge);
        TestEvents.awaitCount("SELECT count(*) FROM assignment WHERE id = '" + id + "' AND agency_id = '" + heir + "'", 1);

        auditor().get("/api/v1/assignments/" + id).then().statusCode(200).body("state", equalTo("OPEN")).body("agencyName", equalTo(heirName));
        auditor().get("/api/v1/assignments/" + id + "/history").then().statusCode(200).body("", hasSize(2))
                .body("[1].note", equalTo("Chuyển từ " + endedName + " sang " + heirName + " do sáp nhập theo 1234/QĐ-UBND"))
                .body("[1].actor", equalTo("registry-service"));
        officerOf(heir).get("/api/v1/assignments/" + id).then().statusCode(200);
        officerOf(ended).get("/api/v1/assignments/" + id).then().statusCode(403);

        List<ReportAssignmentMoved> events = moved(id, 1);
        assertThat(events).hasSize(1);
        ReportAssignmentMoved event = events.get(0);
        assertThat(event.outcome()).isEqualTo("MOVED");
        assertThat(event.fromAgencyId()).isEqualTo(ended);
        assertThat(event.fromAgencyName()).isEqualTo(endedName);
        assertThat(event.toAgencyId()).isEqualTo(heir);
        assertThat(event.toAgencyName()).isEqualTo(heirName);
        assertThat(event.requestId().toString()).isEqualTo(request);
        assertThat(event.reorganisationId()).isEqualTo(merge.reorganisationId());
        assertThat(event.reorganisationReference()).isEqualTo("1234/QĐ-UBND");
        assertThat(event.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));

        // The same content again under a new event id (a replay with an empty inbox): nothing left on the predecessor moves.
        awaitConsumed(TestEvents.send(Events.AGENCY_REORGANIZED, merge), "reporting-service.reorganisations");
        auditor().get("/api/v1/assignments/" + id + "/history").then().body("", hasSize(2));
        auditor().get("/api/v1/assignments/" + id).then().body("agencyId", equalTo(heir.toString())).body("state", equalTo("OPEN"));
        assertThat(TestEvents.count("SELECT count(*) FROM outbox_event WHERE event_type = '" + Events.REPORT_ASSIGNMENT_MOVED.type()
                + "' AND event_key = '" + id + "'")).isEqualTo(1);

        // A rename moves nothing.
        awaitConsumed(TestEvents.send(Events.AGENCY_REORGANIZED, reorganisation("RENAME", "77/QĐ-UBND",
                new AgencyReorganized.Link(heir, heirName, List.of(), null, null))), "reporting-service.reorganisations");
        auditor().get("/api/v1/assignments/" + id).then().body("agencyId", equalTo(heir.toString())).body("state", equalTo("OPEN"));
    }

    @Test
    void aDissolutionWithoutSuccessorWithdrawsTheAssignmentWhichIsNeverDueSoonNorOverdueNorMissing() {
        TestEvents.Province p = TestEvents.province(1, 1);
        UUID department = p.agencies().get(0);
        UUID district = p.agencies().get(1);
        String districtName = "Ủy ban nhân dân huyện Thử nghiệm 1 " + p.marker();
        clock.set(LocalDate.of(2026, 9, 1), LocalTime.of(9, 0));
        String request = requestTo(List.of(department, district), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 10));
        String open = assignmentOf(request, department);
        String withdrawn = assignmentOf(request, district);

        TestEvents.send(Events.AGENCY_REORGANIZED, reorganisation("DISSOLVE", "1680/NQ-UBTVQH15",
                new AgencyReorganized.Link(district, districtName, List.of(), null, null)));
        TestEvents.awaitCount("SELECT count(*) FROM assignment WHERE id = '" + withdrawn + "' AND state = 'WITHDRAWN'", 1);

        auditor().get("/api/v1/assignments/" + withdrawn + "/history").then().statusCode(200)
                .body("toState", contains("OPEN", "WITHDRAWN"))
                .body("[1].note", equalTo("Rút yêu cầu: cơ quan đã giải thể/sáp nhập theo 1680/NQ-UBTVQH15"));
        ReportAssignmentMoved event = moved(withdrawn, 1).get(0);
        assertThat(event.outcome()).isEqualTo("WITHDRAWN");
        assertThat(event.fromAgencyId()).isEqualTo(district);
        assertThat(event.toAgencyId()).isNull();
        assertThat(event.toAgencyName()).isNull();
        // Final: nothing more can be done with it.
        officerOf(district).body(AssignmentResourceTest.COMPLETE).post("/api/v1/assignments/" + withdrawn + "/submit").then().statusCode(409)
                .body("detail", containsString("WITHDRAWN"));

        // Deadline scans before and after the due date: the open assignment is due soon, then overdue; the withdrawn one never.
        clock.set(LocalDate.of(2026, 9, 8), LocalTime.of(9, 0));
        dueNotices.scan();
        clock.set(LocalDate.of(2026, 9, 15), LocalTime.of(9, 0));
        dueNotices.scan();
        assertThat(TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS, r -> open.equals(r.key())
                && (Events.REPORT_OVERDUE.type().equals(TopicReader.header(r, "ce_type"))
                        || Events.REPORT_DUE_SOON.type().equals(TopicReader.header(r, "ce_type"))), 2, Duration.ofSeconds(30))).hasSize(2);
        List<ConsumerRecord<String, String>> all = TopicReader.readAll(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS);
        assertThat(all).filteredOn(r -> withdrawn.equals(r.key())).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly(Events.REPORT_ASSIGNMENT_MOVED.type());
        auditor().queryParam("requestId", request).queryParam("overdue", true).get("/api/v1/assignments").then()
                .body("items.id", contains(open));

        auditor().get("/api/v1/report-requests/" + request + "/status").then().statusCode(200)
                .body("counts.total", equalTo(2)).body("counts.submitted", equalTo(0)).body("counts.notSubmitted", equalTo(1))
                .body("counts.withdrawn", equalTo(1)).body("counts.overdue", equalTo(1))
                .body("groups[1].agencies[0].state", equalTo("WITHDRAWN")).body("groups[1].agencies[0].stateLabel", equalTo(WITHDRAWN_LABEL))
                .body("groups[1].agencies[0].overdue", equalTo(false)).body("groups[1].counts.notSubmitted", equalTo(0))
                .body("groups[0].agencies[0].stateLabel", equalTo("Chưa gửi"));
        String csv = new String(auditor().header("Accept", "text/csv").get("/api/v1/report-requests/" + request + "/status").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(districtName + ",UBND cấp huyện," + WITHDRAWN_LABEL + ",,,"
                + WITHDRAWN_LABEL + "\r\n");
        assertThat(csv).doesNotContain("WITHDRAWN").doesNotContain(",OPEN");
        auditor().get("/api/v1/report-requests/" + request + "/consolidation").then().statusCode(200)
                .body("missingAgencies", contains("Sở Thử nghiệm 1 " + p.marker())).body("withdrawnAgencies", contains(districtName))
                .body("counts.notSubmitted", equalTo(1));
    }

    @Test
    void factsOfTheEndedAgencyFollowItsHeirAndLaterOnesLandOnTheHeirToo() {
        TestEvents.Province p = TestEvents.province(3, 0);
        UUID ended = p.agencies().get(0);
        UUID heir = p.agencies().get(1);
        UUID lastHeir = p.agencies().get(2);
        UUID flaggedCase = UUID.randomUUID();
        TestEvents.send(Events.FALSE_INFO_FLAGGED, new FalseInfoFlagged(flaggedCase, ended, "Sở", "Báo X", "ONLINE", "https://x.vn/1", null,
                "Tin sai", "Đất đai", "NORMAL", "FALSE", LocalDate.of(2025, 5, 10), "press-monitor", Instant.parse("2025-05-05T03:00:00Z")));
        TestEvents.send(Events.REBUTTAL_SENT, new RebuttalSent(flaggedCase, ended, "Sở", "Báo X", "ONLINE", "https://x.vn/1", UUID.randomUUID(),
                "FALSE", "EMAIL", List.of("toasoan@x.vn"), "Lê Văn Đức", Instant.parse("2025-05-08T03:00:00Z"), true,
                Instant.parse("2025-05-09T03:00:00Z")));
        TestEvents.send(Events.REGULATION_RECORDED, new RegulationRecorded(ended, "Sở", UUID.randomUUID(), "12/QĐ-S", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 3, 1), Instant.now()));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + ended + "'", 2);
        TestEvents.awaitCount("SELECT count(*) FROM compliance_fact WHERE agency_id = '" + ended + "'", 1);

        TestEvents.send(Events.AGENCY_REORGANIZED, reorganisation("MERGE", "202/2025/QH15",
                new AgencyReorganized.Link(ended, null, List.of(heir), heir, null)));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + heir + "' AND original_agency_id = '" + ended + "'", 2);
        TestEvents.awaitCount("SELECT count(*) FROM compliance_fact WHERE agency_id = '" + heir + "' AND original_agency_id = '" + ended + "'", 1);
        assertThat(TestEvents.count("SELECT count(*) FROM press_fact WHERE agency_id = '" + ended + "'")).isZero();

        // Published after the reorganisation, about the ended agency: recorded on its heir.
        TestEvents.send(Events.FALSE_INFO_FLAGGED, new FalseInfoFlagged(UUID.randomUUID(), ended, "Sở", "Báo Y", "PRINT", "https://y.vn/2", null,
                "Tin sai khác", "Đất đai", "NORMAL", "FALSE", LocalDate.of(2025, 8, 10), "press-monitor", Instant.parse("2025-08-01T03:00:00Z")));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + heir + "' AND original_agency_id = '" + ended + "'", 3);

        String heirLine = "ranking.find { it.agencyId == '" + heir + "' }";
        String endedLine = "ranking.find { it.agencyId == '" + ended + "' }";
        auditor().queryParam("period", "2025").queryParam("parentId", p.root()).get("/api/v1/compliance/scores").then().statusCode(200)
                .body(heirLine + ".regulation", equalTo("MET")).body(heirLine + ".falseInfoFlagged", equalTo(2))
                .body(heirLine + ".falseInfoAnsweredOnTime", equalTo(1))
                .body(endedLine + ".regulation", equalTo("NOT_MET")).body(endedLine + ".falseInfoFlagged", equalTo(0));

        // The heir's draft is prefilled with the rebuttal its predecessor sent in the period.
        String code = "RO_" + marker().toUpperCase();
        admin().body(Map.of("code", code, "name", "Báo cáo tháng", "legalBasis", "Nghị định 09/2019/NĐ-CP", "frequency", "MONTHLY",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 3,
                "indicators", List.of(Map.of("key", "falseInfoResponses", "label", "Số văn bản phản hồi", "type", "INTEGER", "required", true)),
                "recipients", List.of())).post("/api/v1/regimes").then().statusCode(201);
        String request = admin().body(Map.of("reference", "P/" + marker(), "issuedOn", "2025-05-15", "subject", "Báo cáo tháng 5",
                "regimeCode", code, "period", "2025-05", "targets", Map.of("agencyIds", List.of(heir))))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        officerOf(heir).get("/api/v1/assignments/" + assignmentOf(request, heir) + "/draft").then().statusCode(200)
                .body("content.indicators.falseInfoResponses", equalTo(1)).body("prefilled", contains("falseInfoResponses"));

        // The heir merges in turn: everything moves on, still naming the agency the events named, and a fact arriving for the
        // first agency follows the chain to the last heir.
        TestEvents.send(Events.AGENCY_REORGANIZED, reorganisation("MERGE", "203/2025/QH15",
                new AgencyReorganized.Link(heir, null, List.of(lastHeir), lastHeir, null)));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + lastHeir + "' AND original_agency_id = '" + ended + "'", 3);
        TestEvents.send(Events.FALSE_INFO_FLAGGED, new FalseInfoFlagged(UUID.randomUUID(), ended, "Sở", "Báo Z", "ONLINE", "https://z.vn/3", null,
                "Tin sai nữa", "Đất đai", "NORMAL", "FALSE", LocalDate.of(2025, 9, 10), "press-monitor", Instant.parse("2025-09-01T03:00:00Z")));
        TestEvents.awaitCount("SELECT count(*) FROM press_fact WHERE agency_id = '" + lastHeir + "' AND original_agency_id = '" + ended + "'", 4);
        assertThat(TestEvents.count("SELECT count(*) FROM press_fact WHERE agency_id IN ('" + ended + "', '" + heir + "')")).isZero();
    }
}
