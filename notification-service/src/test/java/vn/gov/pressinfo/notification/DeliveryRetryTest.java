package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.testing.DevTokens;

/** Retries against real outages: the SMTP server stopped and restarted, a webhook receiver that keeps failing. */
@QuarkusTest
class DeliveryRetryTest {

    @Test
    void smtpDownDeliveriesRetryAndSucceedWhenItReturnsNothingLostNothingDoubled() throws Exception {
        String spokesperson = address("outage");
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        MailSink.stopServer();
        EventEnvelope envelope;
        try {
            envelope = Fixtures.publish(Events.REPORT_OVERDUE, Fixtures.reportOverdue(agency, "2001/STTTT-TTBCXB"));
            String id = envelope.id();
            await("a failed attempt while SMTP is down", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + id
                    + "' AND channel = 'EMAIL' AND status = 'RETRYING' AND recipient = '" + spokesperson + "'") == 1);
            assertThat(count("SELECT count(*) FROM delivery d JOIN delivery_attempt a ON a.delivery_id = d.id WHERE d.event_id = '" + id
                    + "' AND a.outcome = 'RETRYING' AND a.error LIKE 'SMTP:%'")).isGreaterThanOrEqualTo(1);
        } finally {
            MailSink.restart();
        }
        String id = envelope.id();
        await("both emails sent after SMTP returned", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + id
                + "' AND channel = 'EMAIL' AND status = 'SENT'") == 2, () -> attempts(id));
        Thread.sleep(1500);
        assertThat(MailSink.to(spokesperson)).hasSize(1);
        assertThat(MailSink.to("phongbaochi@stttt.test.gov.vn").stream()
                .filter(m -> EndToEndTest.subjectOf(m).equals("[PressInfo] Quá hạn gửi báo cáo: 2001/STTTT-TTBCXB"))).hasSize(1);
        given().auth().oauth2(DevTokens.forRole("auditor")).queryParam("eventId", id).queryParam("recipient", spokesperson)
                .get("/api/v1/deliveries").then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("SENT"));
    }

    @Test
    void anSmtpServerThatNeverAnswersCostsOneTimedOutAttemptNotAStalledDispatcher() throws Exception {
        String spokesperson = address("silent");
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        MailSink.stopServer();
        EventEnvelope envelope;
        // Listening but never accepting: the connection is made (the kernel completes it) and no greeting ever comes.
        try (ServerSocket silent = new ServerSocket(MailSink.port(), 50, InetAddress.getByName("127.0.0.1"))) {
            envelope = Fixtures.publish(Events.REPORT_OVERDUE, Fixtures.reportOverdue(agency, "2002/STTTT-TTBCXB"));
            String id = envelope.id();
            await("an attempt given up by the mailer's timeout", () -> count("SELECT count(*) FROM delivery d JOIN delivery_attempt a"
                    + " ON a.delivery_id = d.id WHERE d.event_id = '" + id + "' AND d.recipient = '" + spokesperson
                    + "' AND a.outcome = 'RETRYING' AND a.error = 'SMTP: TimeoutException: no answer from the mail server within 5s'") >= 1);
        } finally {
            MailSink.restart();
        }
        String id = envelope.id();
        await("the email sent once the server answers", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + id
                + "' AND recipient = '" + spokesperson + "' AND status = 'SENT'") == 1, () -> attempts(id));
        assertThat(MailSink.to(spokesperson)).hasSize(1);
    }

    private static String address(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@syt.kiengiang.gov.vn";
    }

    /** The deliveries of an event with each attempt, for a failure message. */
    private static String attempts(String eventId) {
        return Fixtures.rows("SELECT d.recipient, d.status, d.attempts, d.next_attempt_at, d.lease_until, a.outcome, a.error,"
                + " a.started_at, a.finished_at FROM delivery d LEFT JOIN delivery_attempt a ON a.delivery_id = d.id"
                + " WHERE d.event_id = '" + eventId + "' ORDER BY d.recipient, a.started_at");
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpWithAReasonAndCanBeResent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503);
            String subscription = given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                    .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"" + Events.CASE_CLOSED.type() + "\"],"
                            + " \"secret\": \"bi-mat-cua-he-thong-nhan-5678\"}")
                    .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
            try {
                var closed = new vn.gov.pressinfo.events.press.CaseClosed(UUID.randomUUID(), UUID.randomUUID(), "Sở Y tế",
                        "Báo Tin Nhanh", "ONLINE", "https://tinnhanh.example.vn/1", "FALSE", "CORRECTED", "press-admin-user",
                        java.time.Instant.now());
                EventEnvelope envelope = Fixtures.publish(Events.CASE_CLOSED, closed);
                String recipient = "subscription:" + subscription;
                await("the webhook given up", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + envelope.id()
                        + "' AND recipient = '" + recipient + "' AND status = 'FAILED'") == 1);
                assertThat(receiver.calls()).hasSize(6);
                String deliveryId = given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("eventId", envelope.id())
                        .queryParam("status", "FAILED").get("/api/v1/deliveries").then().statusCode(200)
                        .body("items[0].lastError", startsWith("gave up after 6 attempts: HTTP 503")).extract().path("items[0].id");
                given().auth().oauth2(DevTokens.forRole("press-admin")).get("/api/v1/deliveries/" + deliveryId).then().statusCode(200)
                        .body("attemptLog.size()", equalTo(6)).body("attemptLog[0].outcome", equalTo("RETRYING"))
                        .body("attemptLog[5].outcome", equalTo("FAILED"));
                String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
                assertThat(metrics).contains("pressinfo_notification_deliveries_total{channel=\"webhook\",status=\"failed\"}")
                        .contains("pressinfo_notification_deliveries_total{channel=\"webhook\",status=\"retrying\"}");

                receiver.answer(204);
                given().auth().oauth2(DevTokens.forRole("press-admin")).post("/api/v1/deliveries/" + deliveryId + "/resend").then()
                        .statusCode(200).body("status", equalTo("PENDING"));
                await("resent", () -> count("SELECT count(*) FROM delivery WHERE id = '" + deliveryId + "' AND status = 'SENT'") == 1);
                assertThat(receiver.calls()).hasSize(7);
                given().auth().oauth2(DevTokens.forRole("auditor")).post("/api/v1/deliveries/" + deliveryId + "/resend").then().statusCode(403);
                given().auth().oauth2(DevTokens.forRole("press-admin")).post("/api/v1/deliveries/" + UUID.randomUUID() + "/resend").then()
                        .statusCode(404);
            } finally {
                given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                        .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"" + Events.CASE_CLOSED.type() + "\"], \"active\": false}")
                        .put("/api/v1/subscriptions/" + subscription).then().statusCode(200);
            }
        }
    }

    @Test
    void deliveryLogRejectsBadFiltersWithProblems() {
        String token = DevTokens.forRole("press-admin");
        given().auth().oauth2(token).queryParam("status", "LOST").get("/api/v1/deliveries").then().statusCode(400);
        given().auth().oauth2(token).queryParam("from", "yesterday").get("/api/v1/deliveries").then().statusCode(400);
        given().auth().oauth2(token).queryParam("size", 500).get("/api/v1/deliveries").then().statusCode(400);
        given().auth().oauth2(DevTokens.agencyOfficer(UUID.randomUUID())).get("/api/v1/deliveries").then().statusCode(403);
        given().auth().oauth2(token).queryParam("from", "2020-01-01").queryParam("to", "2020-01-02").get("/api/v1/deliveries")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
