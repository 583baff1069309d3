package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryReceived;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Press inquiries published on the real broker reach the agency's spokesperson (email in the real SMTP sink) and
 * officers (inbox); a very overdue one also the department. Their legal notices cannot be muted by email.
 */
@QuarkusTest
class PressInquiryNotificationsTest {

    private static String email(String what) {
        return what + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.vn";
    }

    private static PressInquiryOverdue overdue(UUID agency, String level) {
        return new PressInquiryOverdue(UUID.randomUUID(), agency, "Sở Y tế tỉnh Kiên Giang", "Báo Kiên Giang", "Lê Minh Tâm",
                "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", level, Instant.parse("2026-11-23T02:15:00Z"), LocalDate.of(2026, 11, 30),
                Instant.now());
    }

    private static long deliveries(EventEnvelope e, String kind, String channel) {
        return count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND recipient_kind = '" + kind
                + "' AND channel = '" + channel + "'");
    }

    @Test
    void aNewInquiryReachesTheSpokespersonByEmailAndTheAgencyInbox() throws Exception {
        String spokesperson = email("inquiry");
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        EventEnvelope received = Fixtures.publish(Events.PRESS_INQUIRY_RECEIVED, new PressInquiryReceived(UUID.randomUUID(), agency,
                "Sở Y tế tỉnh Kiên Giang", "Báo Kiên Giang", "Lê Minh Tâm", "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", null, "HN-12345",
                "VALID", false, "EMAIL", 2, Instant.parse("2026-11-23T02:15:00Z"), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7),
                null, "officer-syt", Instant.parse("2026-11-23T02:20:00Z")));
        await("email to the spokesperson", () -> !MailSink.to(spokesperson).isEmpty());
        assertThat(MailSink.to(spokesperson)).hasSize(1);
        MimeMessage mail = MailSink.to(spokesperson).get(0);
        assertThat(mail.getSubject())
                .isEqualTo("[PressInfo] Yêu cầu cung cấp thông tin mới của báo chí: Tiến độ xây dựng Bệnh viện Đa khoa tỉnh");
        assertThat(EndToEndTest.parts(mail)).contains("Lê Minh Tâm (Báo Kiên Giang)").contains("Hình thức tiếp nhận: thư điện tử")
                .contains("thẻ nhà báo còn hiệu lực").contains("30/11/2026").doesNotContain("EMAIL").doesNotContain("VALID");

        given().auth().oauth2(DevTokens.agencyOfficer(agency)).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].title", equalTo("Yêu cầu cung cấp thông tin mới của báo chí: Tiến độ xây dựng Bệnh viện Đa khoa tỉnh"))
                .body("items[0].summary", equalTo("Lê Minh Tâm (Báo Kiên Giang) gửi 2 câu hỏi qua thư điện tử; hạn trả lời 30/11/2026. "
                        + "Giấy tờ xuất trình: thẻ nhà báo còn hiệu lực."));
        assertThat(deliveries(received, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(deliveries(received, "AGENCY", "INBOX")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + received.id() + "' AND recipient_kind = 'DEPARTMENT'"))
                .isZero();
    }

    @Test
    void anOverdueInquiryReachesTheAgencyAndTheDepartmentOnlyWhenVeryOverdue() throws Exception {
        String spokesperson = email("overdue");
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);

        EventEnvelope late = Fixtures.publish(Events.PRESS_INQUIRY_OVERDUE, overdue(agency, "OVERDUE"));
        await("inbox item of the overdue inquiry", () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + late.id() + "'") == 1);
        assertThat(deliveries(late, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(deliveries(late, "AGENCY", "INBOX")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + late.id() + "' AND recipient_kind = 'DEPARTMENT'")).isZero();
        await("email of the overdue inquiry", () -> MailSink.to(spokesperson).size() == 1);
        assertThat(MailSink.to(spokesperson).get(0).getSubject())
                .isEqualTo("[PressInfo] Yêu cầu cung cấp thông tin của báo chí đã quá hạn: Tiến độ xây dựng Bệnh viện Đa khoa tỉnh");

        EventEnvelope veryLate = Fixtures.publish(Events.PRESS_INQUIRY_OVERDUE, overdue(agency, "VERY_OVERDUE"));
        await("inbox items of the very overdue inquiry",
                () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + veryLate.id() + "'") == 2);
        assertThat(deliveries(veryLate, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(deliveries(veryLate, "AGENCY", "INBOX")).isEqualTo(1);
        assertThat(deliveries(veryLate, "DEPARTMENT", "INBOX")).isEqualTo(1);
        assertThat(deliveries(veryLate, "DEPARTMENT", "EMAIL")).isGreaterThanOrEqualTo(1);
        String title = "Yêu cầu cung cấp thông tin của báo chí đã quá hạn nghiêm trọng: Tiến độ xây dựng Bệnh viện Đa khoa tỉnh";
        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.find { it.eventId == '" + veryLate.id() + "' }.title", equalTo(title))
                .body("items.find { it.eventId == '" + veryLate.id() + "' }.summary", containsString("hạn 30/11/2026 đã qua"));
        await("email of the very overdue inquiry", () -> MailSink.to(spokesperson).size() == 2);
        assertThat(MailSink.to(spokesperson).stream().map(EndToEndTest::subjectOf)).contains("[PressInfo] " + title);

        // The rule's condition is visible to whoever reads the routing rules.
        given().auth().oauth2(DevTokens.forRole("auditor")).get("/api/v1/routing-rules").then().statusCode(200)
                .body("find { it.eventType == '" + Events.PRESS_INQUIRY_OVERDUE.type() + "' }.conditions[0].field", equalTo("level"))
                .body("find { it.eventType == '" + Events.PRESS_INQUIRY_OVERDUE.type() + "' }.conditions[0].value", equalTo("VERY_OVERDUE"));
    }

    @Test
    void inquiryNoticesTheLawRequiresCannotBeMutedByEmail() {
        UUID agency = UUID.randomUUID();
        for (String type : new String[] {Events.PRESS_INQUIRY_RECEIVED.type(), Events.PRESS_INQUIRY_OVERDUE.type()}) {
            given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                    .body("{\"eventType\": \"" + type + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                    .then().statusCode(422).body("errors[0].field", equalTo("eventType"));
        }
        given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.PRESS_INQUIRY_OVERDUE.type() + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                .then().statusCode(422);
    }
}
