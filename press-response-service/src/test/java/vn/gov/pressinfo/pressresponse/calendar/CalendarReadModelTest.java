package vn.gov.pressinfo.pressresponse.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.calendarDay;
import static vn.gov.pressinfo.pressresponse.Fixtures.item;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.uniqueUrl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;
import vn.gov.pressinfo.pressresponse.deadline.WorkingCalendar;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * The working-day calendar reporting-service publishes on reporting.calendar.v1 decides the deadlines of cases
 * registered after it arrives (verification: 5 working days). Each test uses days of its own (2031 or the real 2025
 * calendar) so the tests do not move each other's deadlines.
 */
@QuarkusTest
class CalendarReadModelTest {

    private static final String ITEMS = "/api/v1/press-items";

    @Inject
    MutableClock clock;

    @Inject
    WorkingCalendar calendar;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String register(String agencyId) {
        return monitor().body(item(agencyId, uniqueUrl())).post(ITEMS).then().statusCode(201).extract().path("id");
    }

    private static String verificationDueDate(String caseId) {
        return Fixtures.admin().get(ITEMS + "/" + caseId).then().statusCode(200).extract().path("verificationDueDate");
    }

    @Test
    void aWeekdayMadeADayOffPushesTheDueDateOfCasesRegisteredAfterwards() {
        String agencyId = agency("Sở Tư pháp " + marker());
        // Monday 2 June 2031 + 5 working days → Monday 9 June.
        clock.set(LocalDate.of(2031, 6, 2), LocalTime.of(9, 0));
        String before = register(agencyId);
        assertThat(verificationDueDate(before)).isEqualTo("2031-06-09");

        // Tuesday 3 June becomes a day off: one working day later.
        calendarDay(LocalDate.of(2031, 6, 3), "DAY_OFF");
        String after = register(agencyId);
        assertThat(verificationDueDate(after)).isEqualTo("2031-06-10");
        // A deadline computed before keeps its date.
        assertThat(verificationDueDate(before)).isEqualTo("2031-06-09");

        // The entry removed (ORDINARY): an ordinary Tuesday again.
        Instant removedAt = calendarDay(LocalDate.of(2031, 6, 3), "ORDINARY").changedAt();
        assertThat(verificationDueDate(register(agencyId))).isEqualTo("2031-06-09");

        // A late copy of an older change of that day (a redelivery, a replay) does not bring the day off back.
        calendarDay(LocalDate.of(2031, 6, 3), "DAY_OFF", removedAt.minus(1, ChronoUnit.HOURS));
        assertThat(verificationDueDate(register(agencyId))).isEqualTo("2031-06-09");
        assertThat(Fixtures.count("SELECT count(*) FROM calendar_day_reference WHERE day = '2031-06-03' AND kind = 'ORDINARY'"))
                .isEqualTo(1);
    }

    @Test
    void aSaturdayMadeAWorkingDayPullsTheDueDate() {
        String agencyId = agency("Sở Xây dựng " + marker());
        // Monday 8 September 2031 + 5 working days → Monday 15 September.
        clock.set(LocalDate.of(2031, 9, 8), LocalTime.of(9, 0));
        assertThat(verificationDueDate(register(agencyId))).isEqualTo("2031-09-15");

        // Saturday 13 September is worked: it is the fifth working day.
        calendarDay(LocalDate.of(2031, 9, 13), "WORKING_DAY");
        monitor().body(item(agencyId, uniqueUrl())).post(ITEMS).then().statusCode(201).body("verificationDueDate", equalTo("2031-09-13"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2031, 9, 8), LocalDate.of(2031, 9, 15))).isEqualTo(6);
    }

    @Test
    void theWorkedSaturdayOf26April2025Counts() {
        // The 2025 swap (Thông báo 6150/TB-LĐTBXH): Saturday 26/4 worked for Friday 2/5; 30/4 and 1/5 off.
        calendarDay(LocalDate.of(2025, 4, 26), "WORKING_DAY");
        calendarDay(LocalDate.of(2025, 4, 30), "DAY_OFF");
        calendarDay(LocalDate.of(2025, 5, 1), "DAY_OFF");
        calendarDay(LocalDate.of(2025, 5, 2), "DAY_OFF");
        String agencyId = agency("Sở Nội vụ " + marker());

        // Monday 21 April 2025: 22, 23, 24, 25 and the worked Saturday 26 → due Saturday 26 April (was Monday 28).
        clock.set(LocalDate.of(2025, 4, 21), LocalTime.of(9, 0));
        assertThat(verificationDueDate(register(agencyId))).isEqualTo("2025-04-26");
        // Thursday 24 April: 25, 26, 28, 29, then 30/4–2/5 off → Monday 5 May.
        clock.set(LocalDate.of(2025, 4, 24), LocalTime.of(9, 0));
        assertThat(verificationDueDate(register(agencyId))).isEqualTo("2025-05-05");

        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 4, 25), LocalDate.of(2025, 5, 5))).isEqualTo(4);
    }

    @Test
    void aDayOfUnknownKindGoesToTheDeadLetterTopic() {
        Fixtures.send(Events.CALENDAR_DAY_CHANGED, new CalendarDayChanged(LocalDate.of(2031, 11, 4), "HOLIDAY", "x", "y",
                "press-admin-user", Instant.now()));
        assertThat(TopicReader.await(Fixtures.bootstrapServers(), Topics.deadLetter(Topics.REPORTING_CALENDAR),
                r -> "2031-11-04".equals(r.key()), 1, Fixtures.WAIT)).hasSize(1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 11, 4))).isTrue();
    }
}
