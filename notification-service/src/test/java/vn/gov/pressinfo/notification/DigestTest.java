package vn.gov.pressinfo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.events.reporting.ReportSubmitted;
import vn.gov.pressinfo.notification.digest.DigestService;

/** One digest a day from 07:00 Asia/Ho_Chi_Minh, listing what events say is overdue and open. */
@QuarkusTest
class DigestTest {

    @Inject
    MutableClock clock;
    @Inject
    DigestService digest;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneDigestPerDayFromSevenListingOverdueReportsAndOpenCases() throws Exception {
        UUID agency = UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ReportOverdue stillOverdue = Fixtures.reportOverdue(agency, "D-OVERDUE-" + tag);
        ReportOverdue submitted = Fixtures.reportOverdue(agency, "D-SUBMITTED-" + tag);
        Fixtures.publish(Events.REPORT_OVERDUE, stillOverdue);
        Fixtures.publish(Events.REPORT_OVERDUE, submitted);
        // press.events.v1 is another channel than reporting.events.v1: wait for this one on its own.
        EventEnvelope flagged = Fixtures.publish(Events.FALSE_INFO_FLAGGED, Fixtures.falseInfo(agency, "Tin đồn sai sự thật " + tag));
        EventEnvelope last = Fixtures.publish(Events.REPORT_SUBMITTED, new ReportSubmitted(submitted.assignmentId(), submitted.requestId(),
                agency, submitted.agencyName(), submitted.reference(), submitted.subject(), submitted.dueDate(), 1, true, "officer",
                java.time.Instant.now()));
        await("submission applied", () -> count("SELECT count(*) FROM inbox_message WHERE event_id = '" + last.id() + "'") >= 1);
        await("case flagged", () -> count("SELECT count(*) FROM inbox_message WHERE event_id = '" + flagged.id() + "'") >= 1);
        assertThat(count("SELECT count(*) FROM overdue_assignment WHERE assignment_id = '" + submitted.assignmentId() + "'")).isZero();

        LocalDate day = LocalDate.of(2031, 3, 17);
        clock.set(day, LocalTime.of(6, 59));
        assertThat(digest.sendIfDue()).isEmpty();
        clock.set(day, LocalTime.of(7, 5));
        assertThat(digest.sendIfDue()).contains(day);
        // Running from here on: a delivery the mail server did not answer in time is retried after a backoff, which a
        // stopped clock would never reach.
        clock.runFrom(day, LocalTime.of(16, 0));
        assertThat(digest.sendIfDue()).isEmpty();

        String subjectStart = "[PressInfo] Tổng hợp ngày 17/03/2031:";
        await("digest email", () -> MailSink.to("phongbaochi@stttt.test.gov.vn").stream()
                .anyMatch(m -> EndToEndTest.subjectOf(m).startsWith(subjectStart)));
        MimeMessage mail = MailSink.to("phongbaochi@stttt.test.gov.vn").stream()
                .filter(m -> EndToEndTest.subjectOf(m).startsWith(subjectStart)).findFirst().orElseThrow();
        String body = EndToEndTest.parts(mail);
        assertThat(body).contains("D-OVERDUE-" + tag).doesNotContain("D-SUBMITTED-" + tag).contains("Tin đồn sai sự thật " + tag);
        Thread.sleep(500);
        assertThat(MailSink.to("phongbaochi@stttt.test.gov.vn").stream()
                .filter(m -> EndToEndTest.subjectOf(m).startsWith(subjectStart))).hasSize(1);
        assertThat(count("SELECT count(*) FROM digest WHERE digest_date = DATE '2031-03-17'")).isEqualTo(1);
    }
}
