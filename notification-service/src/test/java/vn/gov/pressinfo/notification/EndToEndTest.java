package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.notification.webhook.WebhookSignature;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * From a ReportOverdue produced on reporting.events.v1 (as reporting-service's outbox relay does) to an
 * email in the SMTP sink for the agency's spokesperson and for the department, a signed webhook call and
 * an in-app item; a redelivered event changes nothing.
 */
@QuarkusTest
class EndToEndTest {

    private static final String DEPARTMENT = "phongbaochi@stttt.test.gov.vn";
    private WebhookReceiver receiver;
    private String subscriptionId;

    @BeforeEach
    void subscribe() throws Exception {
        receiver = new WebhookReceiver();
        subscriptionId = given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"],"
                        + " \"secret\": \"bi-mat-cua-he-thong-nhan-1234\", \"description\": \"Cổng dịch vụ công\"}")
                .post("/api/v1/subscriptions").then().statusCode(201).body("secret", equalTo(null)).extract().path("id");
    }

    @AfterEach
    void unsubscribe() {
        given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"], \"active\": false}")
                .put("/api/v1/subscriptions/" + subscriptionId).then().statusCode(200).body("active", equalTo(false));
        receiver.close();
    }

    @Test
    void reportOverdueReachesSpokespersonDepartmentWebhookAndInboxOnceEvenWhenRedelivered() throws Exception {
        String spokesperson = "ha.ntt." + UUID.randomUUID().toString().substring(0, 8) + "@syt.kiengiang.gov.vn";
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        String reference = "1005/STTTT-TTBCXB-" + UUID.randomUUID().toString().substring(0, 4);
        ReportOverdue overdue = Fixtures.reportOverdue(agency, reference);
        EventEnvelope envelope = Fixtures.publish(Events.REPORT_OVERDUE, overdue);

        String subject = "[PressInfo] Quá hạn gửi báo cáo: " + reference;
        await("email to the spokesperson", () -> !MailSink.to(spokesperson).isEmpty());
        await("email to the department", () -> MailSink.to(DEPARTMENT).stream().anyMatch(m -> subjectOf(m).equals(subject)));
        await("webhook call", () -> !receiver.calls().isEmpty());

        MimeMessage mail = MailSink.to(spokesperson).get(0);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        String text = parts(mail);
        assertThat(text).contains("Sở Y tế tỉnh Kiên Giang chưa gửi báo cáo theo công văn " + reference).contains("30/06/2026")
                .contains("text/html").contains("text/plain");

        WebhookReceiver.Call call = receiver.calls().get(0);
        assertThat(call.header(WebhookSignature.EVENT_ID_HEADER)).isEqualTo(envelope.id());
        String signature = call.header(WebhookSignature.HEADER);
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature).isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac("bi-mat-cua-he-thong-nhan-1234", t + "." + call.body()));
        JsonNode cloudEvent = EventJson.mapper().readTree(call.body());
        assertThat(cloudEvent.get("specversion").asText()).isEqualTo("1.0");
        assertThat(cloudEvent.get("id").asText()).isEqualTo(envelope.id());
        assertThat(cloudEvent.get("type").asText()).isEqualTo(Events.REPORT_OVERDUE.type());
        assertThat(cloudEvent.get("source").asText()).isEqualTo("/pressinfo/test");
        assertThat(cloudEvent.get("subject").asText()).isEqualTo(overdue.assignmentId().toString());
        assertThat(cloudEvent.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(cloudEvent.get("data").get("reference").asText()).isEqualTo(reference);
        assertThat(cloudEvent.hasNonNull("time")).isTrue();

        given().auth().oauth2(DevTokens.agencyOfficer(agency)).get("/api/v1/inbox").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("Quá hạn gửi báo cáo: " + reference))
                .body("items[0].eventId", equalTo(envelope.id()));

        // The same event delivered twice more: nothing new anywhere.
        Fixtures.publish(envelope, Events.REPORT_OVERDUE, overdue);
        Fixtures.publish(envelope, Events.REPORT_OVERDUE, overdue);
        UUID marker = Fixtures.agencyWithSpokesperson("marker." + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.vn");
        EventEnvelope after = Fixtures.publish(Events.REPORT_OVERDUE, Fixtures.reportOverdue(marker, "MARKER"));
        await("the marker event", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + after.id() + "'") > 0);
        await("deliveries settled", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + envelope.id()
                + "' AND status NOT IN ('SENT')") == 0);
        Thread.sleep(500);
        assertThat(MailSink.to(spokesperson)).hasSize(1);
        assertThat(MailSink.to(DEPARTMENT).stream().filter(m -> subjectOf(m).equals(subject))).hasSize(1);
        assertThat(receiver.calls().stream().filter(c -> envelope.id().equals(c.header(WebhookSignature.EVENT_ID_HEADER)))).hasSize(1);
        assertThat(count("SELECT count(*) FROM inbox_item WHERE event_id = '" + envelope.id() + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM inbox_message WHERE event_id = '" + envelope.id() + "' AND consumer = 'notification-service.notify'"))
                .isEqualTo(1);

        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("eventId", envelope.id()).get("/api/v1/deliveries")
                .then().statusCode(200).body("total", equalTo(5));
        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("eventId", envelope.id()).queryParam("channel", "EMAIL")
                .queryParam("status", "SENT").get("/api/v1/deliveries").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void falseInfoFlaggedConsumedOnceEmailsTheSpokesperson() throws Exception {
        String spokesperson = "phatngon." + UUID.randomUUID().toString().substring(0, 8) + "@syt.kiengiang.gov.vn";
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        Fixtures.publish(Events.FALSE_INFO_FLAGGED, Fixtures.falseInfo(agency, "Bệnh viện tỉnh từ chối cấp cứu bệnh nhân"));
        await("email to the spokesperson", () -> !MailSink.to(spokesperson).isEmpty());
        MimeMessage mail = MailSink.to(spokesperson).get(0);
        assertThat(mail.getSubject()).isEqualTo("[PressInfo] Thông tin sai sự thật cần phản hồi: Bệnh viện tỉnh từ chối cấp cứu bệnh nhân");
        assertThat(parts(mail)).contains("Báo Điện tử Tin Nhanh").contains("03/07/2026");
    }

    static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every part of a multipart message with its content type, as text. */
    static String parts(MimeMessage m) throws Exception {
        StringBuilder out = new StringBuilder();
        collect(m.getContent(), out);
        return out.toString();
    }

    private static void collect(Object content, StringBuilder out) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                out.append(multipart.getBodyPart(i).getContentType()).append('\n');
                collect(multipart.getBodyPart(i).getContent(), out);
            }
        } else {
            out.append(content).append('\n');
        }
    }

}
