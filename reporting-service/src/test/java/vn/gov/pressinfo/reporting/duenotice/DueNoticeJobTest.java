package vn.gov.pressinfo.reporting.duenotice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.marker;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.reporting.ReportDueSoon;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;
import vn.gov.pressinfo.testing.TopicReader;
import vn.gov.pressinfo.web.BusinessTime;

/** ReportOverdue and ReportDueSoon, once per assignment, on the real broker, across re-runs and concurrent runs. */
@QuarkusTest
class DueNoticeJobTest {

    @Inject
    DueNoticeJob job;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String request(TestEvents.Province province, LocalDate issued, LocalDate due) {
        return admin().body(Fixtures.adHoc("D/" + marker(), issued, due, Map.of("parentId", province.root())))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> onTopic(String type, String requestId) {
        TestEvents.awaitCount("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL", 0);
        return TopicReader.readAll(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS).stream()
                .filter(r -> type.equals(TopicReader.header(r, "ce_type")))
                .filter(r -> r.value().contains("\"requestId\":\"" + requestId + "\"")).toList();
    }

    @Test
    void thirtyNineAgenciesPastTheirDeadlineGiveExactlyThirtyNineOverdueEventsWhateverTheReRuns() {
        TestEvents.Province province = TestEvents.province(24, 15);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        String requestId = request(province, today.minusDays(30), today.minusDays(2));

        assertThat(job.scan().overdue()).isGreaterThanOrEqualTo(39);
        List<ConsumerRecord<String, String>> first = TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_EVENTS,
                r -> Events.REPORT_OVERDUE.type().equals(TopicReader.header(r, "ce_type")) && r.value().contains(requestId), 39,
                Duration.ofSeconds(30));
        assertThat(first).hasSize(39);
        ReportOverdue overdue = EventJson.read(first.get(0).value(), ReportOverdue.class);
        assertThat(overdue.dueDate()).isEqualTo(today.minusDays(2));
        assertThat(overdue.agencyName()).contains(province.marker());
        assertThat(overdue.requestId().toString()).isEqualTo(requestId);
        assertThat(overdue.reference()).startsWith("D/");
        assertThat(overdue.detectedAt()).isNotNull();
        assertThat(first.get(0).key()).isEqualTo(overdue.assignmentId().toString());
        assertThat(TopicReader.header(first.get(0), "ce_subject")).isEqualTo(overdue.assignmentId().toString());
        assertThat(TopicReader.header(first.get(0), "ce_source")).isEqualTo("/pressinfo/reporting-service");

        // Run again, then as a restarted replica would (the job keeps nothing in memory: the markers are in the database).
        job.scan();
        new DueNoticeJob(io.quarkus.arc.Arc.container().instance(DueNoticeQueries.class).get(),
                io.quarkus.arc.Arc.container().instance(vn.gov.pressinfo.outbox.Outbox.class).get(),
                io.quarkus.arc.Arc.container().instance(vn.gov.pressinfo.reporting.calendar.WorkingCalendar.class).get(),
                io.quarkus.arc.Arc.container().instance(BusinessTime.class).get(),
                io.quarkus.arc.Arc.container().instance(DueNoticeConfig.class).get(),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).scan();
        List<ConsumerRecord<String, String>> all = onTopic(Events.REPORT_OVERDUE.type(), requestId);
        assertThat(all).hasSize(39);
        assertThat(all.stream().map(ConsumerRecord::key).distinct()).hasSize(39);
        assertThat(TestEvents.count("SELECT count(*) FROM assignment WHERE request_id = '" + requestId + "' AND overdue_noticed_at IS NOT NULL"))
                .isEqualTo(39);
        given().get("/q/metrics").then().statusCode(200).body(containsString("pressinfo_assignments_overdue"));
    }

    @Test
    void concurrentScansPublishEachOverdueAssignmentOnce() throws Exception {
        TestEvents.Province province = TestEvents.province(120, 0);
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        String requestId = request(province, today.minusDays(30), today.minusDays(1));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<DueNoticeJob.Result>> runs = List.of(
                    CompletableFuture.supplyAsync(job::scan, pool), CompletableFuture.supplyAsync(job::scan, pool),
                    CompletableFuture.supplyAsync(job::scan, pool));
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        assertThat(TestEvents.count("SELECT count(*) FROM outbox_event WHERE event_type = '" + Events.REPORT_OVERDUE.type()
                + "' AND payload LIKE '%" + requestId + "%'")).isEqualTo(120);
        assertThat(onTopic(Events.REPORT_OVERDUE.type(), requestId)).hasSize(120);
    }

    @Test
    void dueSoonIsSentOnceWhenTheDeadlineIsThreeWorkingDaysAway() {
        TestEvents.Province province = TestEvents.province(2, 0);
        // Due Thursday 10/12/2026. On Thursday 03/12 it is five working days away; on Monday 07/12, three.
        String requestId = request(province, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 10));
        clock.set(LocalDate.of(2026, 12, 3), LocalTime.of(7, 0));
        job.scan();
        assertThat(TestEvents.count("SELECT count(*) FROM assignment WHERE request_id = '" + requestId + "' AND due_soon_noticed_at IS NOT NULL"))
                .isZero();
        clock.set(LocalDate.of(2026, 12, 7), LocalTime.of(7, 0));
        job.scan();
        job.scan();
        List<ConsumerRecord<String, String>> dueSoon = onTopic(Events.REPORT_DUE_SOON.type(), requestId);
        assertThat(dueSoon).hasSize(2);
        assertThat(EventJson.read(dueSoon.get(0).value(), ReportDueSoon.class).workingDaysLeft()).isEqualTo(3);
        assertThat(onTopic(Events.REPORT_OVERDUE.type(), requestId)).isEmpty();
    }
}
