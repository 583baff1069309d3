package vn.gov.pressinfo.notificationbench;

import static io.restassured.RestAssured.given;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportDueSoon;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.notification.Fixtures;
import vn.gov.pressinfo.notification.MailSink;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Throughput figures for bench/notification/run; not part of the test suite (the class name does not end
 * in Test and the package is outside vn.gov.pressinfo.notification.**). Runs the real service against the embedded PostgreSQL (fsync off), the in-process Kafka broker
 * and GreenMail: (1) EVENTS ReportDueSoon events for 100 agencies, email muted, so each yields two in-app
 * deliveries (agency and department); (2) EMAILS/2 ReportOverdue events, each yielding two emails
 * (spokesperson and department), sent to GreenMail.
 */
@QuarkusTest
class NotificationThroughputBench {

    private static final int EVENTS = Integer.getInteger("bench.events", 10_000);
    private static final int EMAILS = Integer.getInteger("bench.emails", 2_000);
    /** Events handled before the clock starts, so the JIT has compiled the consumer path (steady state). */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);

    @Test
    void inboxAndEmailThroughput() throws Exception {
        List<UUID> agencies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            UUID agency = UUID.randomUUID();
            agencies.add(agency);
            mute(DevTokens.agencyOfficer(agency));
        }
        mute(DevTokens.forRole("press-admin"));

        // Warm-up, not measured.
        publishDueSoon(agencies, WARMUP);
        awaitCount("SELECT count(*) FROM inbox_item WHERE event_type = '" + Events.REPORT_DUE_SOON.type() + "'", 2L * WARMUP);

        long before = count("SELECT count(*) FROM inbox_item");
        long t0 = System.nanoTime();
        publishDueSoon(agencies, EVENTS);
        long produced = System.nanoTime();
        awaitCount("SELECT count(*) FROM inbox_item", before + 2L * EVENTS);
        long t1 = System.nanoTime();
        double seconds = (t1 - t0) / 1e9;
        System.out.printf("inbox: %,d events -> %,d in-app deliveries in %.2f s (producing took %.2f s): %,.0f events/s, %,.0f deliveries/s%n",
                EVENTS, 2L * EVENTS, seconds, (produced - t0) / 1e9, EVENTS / seconds, 2 * EVENTS / seconds);

        UUID agency = Fixtures.agencyWithSpokesperson("bench.spokesperson@syt.kiengiang.gov.vn");
        int mailsBefore = MailSink.messages().size();
        long sentBefore = count("SELECT count(*) FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT'");
        long e0 = System.nanoTime();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (int i = 0; i < EMAILS / 2; i++) {
            ReportOverdue overdue = Fixtures.reportOverdue(agency, "BENCH-" + i);
            sends.add(send(Events.REPORT_OVERDUE.topic(), EventEnvelope.create(Events.REPORT_OVERDUE, "/bench", overdue, Instant.now()),
                    overdue.aggregateId(), EventJson.write(overdue)));
        }
        for (Future<RecordMetadata> f : sends) {
            f.get();
        }
        awaitCount("SELECT count(*) FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT'", sentBefore + EMAILS);
        long e1 = System.nanoTime();
        double mailSeconds = (e1 - e0) / 1e9;
        System.out.printf("email: %,d events -> %,d emails sent to GreenMail (SMTP, 127.0.0.1) in %.2f s: %,.0f emails/s; messages in the sink: %,d%n",
                EMAILS / 2, EMAILS, mailSeconds, EMAILS / mailSeconds, MailSink.messages().size() - mailsBefore);
    }

    private static void mute(String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.REPORT_DUE_SOON.type() + "\", \"channel\": \"EMAIL\"}")
                .post("/api/v1/preferences").then().statusCode(201);
    }

    private static void publishDueSoon(List<UUID> agencies, int n) throws Exception {
        List<Future<RecordMetadata>> sends = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ReportDueSoon event = new ReportDueSoon(UUID.randomUUID(), UUID.randomUUID(), agencies.get(i % agencies.size()),
                    "Sở Y tế tỉnh Kiên Giang", "B-" + i, "Báo cáo quý III", LocalDate.of(2026, 9, 30), 3, Instant.now());
            sends.add(send(Events.REPORT_DUE_SOON.topic(), EventEnvelope.create(Events.REPORT_DUE_SOON, "/bench", event, Instant.now()),
                    event.aggregateId(), EventJson.write(event)));
        }
        for (Future<RecordMetadata> f : sends) {
            f.get();
        }
    }

    private static Future<RecordMetadata> send(String topic, EventEnvelope envelope, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        return Fixtures.producer().send(record);
    }

    private static void awaitCount(String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (count(sql) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 10 minutes: " + sql + " >= " + expected + " (now " + count(sql) + ")");
            }
            Thread.sleep(20);
        }
    }
}
