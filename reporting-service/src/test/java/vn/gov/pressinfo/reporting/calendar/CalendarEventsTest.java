package vn.gov.pressinfo.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.pressinfo.reporting.Api.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.reporting.TestEvents;
import vn.gov.pressinfo.testing.TopicReader;

/** The calendar this service owns reaches the other services as CalendarDayChanged events on reporting.calendar.v1. */
@QuarkusTest
class CalendarEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Predicate<ConsumerRecord<String, String>> calendarEvent() {
        return r -> Events.CALENDAR_DAY_CHANGED.type().equals(TopicReader.header(r, "ce_type"));
    }

    private static CalendarDayChanged payload(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value(), CalendarDayChanged.class);
    }

    @Test
    void putAndDeleteOfADayArePublishedKeyedByTheDay() {
        // 2032-02-03 is a Tuesday that no other test uses.
        admin().body(Map.of("kind", "DAY_OFF", "name", "Nghỉ bù thử nghiệm", "source", "Thông báo thử nghiệm"))
                .put("/api/v1/calendar/holidays/2032-02-03").then().statusCode(200);
        admin().delete("/api/v1/calendar/holidays/2032-02-03").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_CALENDAR,
                calendarEvent().and(r -> "2032-02-03".equals(r.key())), 2, WAIT);
        assertThat(records).hasSize(2);
        assertThat(TopicReader.header(records.get(0), "ce_subject")).isEqualTo("2032-02-03");
        assertThat(TopicReader.header(records.get(0), "ce_source")).isEqualTo("/pressinfo/reporting-service");

        CalendarDayChanged put = payload(records.get(0));
        assertThat(put.day()).hasToString("2032-02-03");
        assertThat(put.kind()).isEqualTo("DAY_OFF");
        assertThat(put.name()).isEqualTo("Nghỉ bù thử nghiệm");
        assertThat(put.source()).isEqualTo("Thông báo thử nghiệm");
        assertThat(put.changedBy()).isEqualTo("press-admin-user");
        assertThat(put.changedAt()).isNotNull();

        CalendarDayChanged removed = payload(records.get(1));
        assertThat(removed.kind()).isEqualTo("ORDINARY");
        assertThat(removed.name()).isNull();
        assertThat(removed.source()).isNull();
        assertThat(removed.changedBy()).isEqualTo("press-admin-user");
        assertThat(removed.changedAt()).isAfterOrEqualTo(put.changedAt());
    }

    @Test
    void aRefusedChangePublishesNothing() {
        // 2032-02-07 is a Saturday: a DAY_OFF there is refused, and no event may tell consumers otherwise.
        admin().body(Map.of("kind", "DAY_OFF", "name", "x", "source", "y")).put("/api/v1/calendar/holidays/2032-02-07").then()
                .statusCode(422);
        admin().delete("/api/v1/calendar/holidays/2032-02-09").then().statusCode(404);
        assertThat(TopicReader.readAll(TestEvents.bootstrapServers(), Topics.REPORTING_CALENDAR))
                .noneMatch(r -> "2032-02-07".equals(r.key()) || "2032-02-09".equals(r.key()));
    }

    @Test
    void theShippedCalendarIsPublishedOnceByTheMigration() {
        long shipped = TestEvents.count("SELECT count(*) FROM calendar_day WHERE updated_by = 'migration'");
        assertThat(shipped).isGreaterThan(30);

        // The JSON the migration wrote in SQL must read as the record the consumers use.
        List<ConsumerRecord<String, String>> records = TopicReader.await(TestEvents.bootstrapServers(), Topics.REPORTING_CALENDAR,
                calendarEvent().and(r -> "migration".equals(payload(r).changedBy())), (int) shipped, WAIT);
        assertThat(records).hasSize((int) shipped);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(payload(r).day().toString());
            assertThat(TopicReader.header(r, "ce_subject")).isEqualTo(r.key());
            assertThat(TopicReader.header(r, "ce_source")).isEqualTo("/pressinfo/reporting-service");
            assertThat(TopicReader.header(r, "ce_id")).isNotBlank();
            assertThat(payload(r).changedAt()).isNotNull();
        });

        CalendarDayChanged tet = records.stream().map(CalendarEventsTest::payload).filter(e -> e.day().toString().equals("2025-01-29"))
                .findFirst().orElseThrow();
        assertThat(tet.kind()).isEqualTo("DAY_OFF");
        assertThat(tet.name()).isEqualTo("Tết Nguyên đán Ất Tỵ (mùng 1)");
        assertThat(tet.source()).isEqualTo("Thông báo 6150/TB-LĐTBXH");
        assertThat(records.stream().map(CalendarEventsTest::payload).filter(e -> e.day().toString().equals("2025-04-26")))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo("WORKING_DAY"));
    }
}
