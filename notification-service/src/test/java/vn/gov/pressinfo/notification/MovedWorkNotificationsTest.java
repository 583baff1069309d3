package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import vn.gov.pressinfo.events.press.PressWorkMoved;
import vn.gov.pressinfo.events.reporting.ReportAssignmentMoved;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Work moved by a reorganisation, published on the real broker: a case, inquiry or incident reaches the agency it now
 * belongs to (named by toAgencyId), or the department when no successor took it (a required notice); a moved assignment
 * reaches the successor that now owes the report, a withdrawn one the department. Every message names both agencies,
 * in Vietnamese, dates as dd/MM/yyyy.
 */
@QuarkusTest
class MovedWorkNotificationsTest {

    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String DEPARTMENT = "phongbaochi@stttt.test.gov.vn";
    private static final String DISSOLVED = "Ủy ban nhân dân huyện Kiên Hải";
    private static final String SUCCESSOR = "Ủy ban nhân dân đặc khu Kiên Hải";

    private static String email(String what) {
        return what + "." + UUID.randomUUID().toString().substring(0, 8) + "@angiang.gov.vn";
    }

    private static long deliveries(EventEnvelope e, String kind, String channel) {
        return count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND recipient_kind = '" + kind
                + "' AND channel = '" + channel + "'");
    }

    private static PressWorkMoved moved(String kind, String title, UUID to, String toName, boolean returned) {
        return new PressWorkMoved(UUID.randomUUID(), kind, title, UUID.randomUUID(), DISSOLVED, to, toName, returned, UUID.randomUUID(),
                "202/2025/QH15", LocalDate.of(2025, 7, 1), Instant.parse("2025-07-01T01:30:00Z"));
    }

    @Test
    void pressWorkMovedToASuccessorReachesItsSpokespersonAndInboxNamingBothAgencies() throws Exception {
        String spokesperson = email("phatngon");
        UUID successor = Fixtures.agencyWithSpokesperson(spokesperson);
        String title = "Tiến độ giải phóng mặt bằng cảng Hòn Tre";
        PressWorkMoved payload = moved("INQUIRY", title, successor, SUCCESSOR, false);
        EventEnvelope e = Fixtures.publish(Events.PRESS_WORK_MOVED, payload);

        await("inbox item of the successor", () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + e.id() + "'") == 1);
        assertThat(deliveries(e, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(deliveries(e, "AGENCY", "INBOX")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND recipient_kind = 'DEPARTMENT'")).isZero();
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND agency_id = '" + payload.fromAgencyId() + "'"))
                .isZero();

        String subject = "Tiếp nhận yêu cầu cung cấp thông tin của báo chí do sắp xếp tổ chức bộ máy: " + title;
        String summary = "Hồ sơ yêu cầu cung cấp thông tin của báo chí \"" + title + "\" đã được chuyển từ " + DISSOLVED + " sang " + SUCCESSOR
                + " theo 202/2025/QH15, từ ngày 01/07/2025.";
        given().auth().oauth2(DevTokens.agencyOfficer(successor)).get("/api/v1/inbox").then().statusCode(200)
                .body("items[0].eventId", equalTo(e.id())).body("items[0].title", equalTo(subject)).body("items[0].summary", equalTo(summary));

        await("email to the successor's spokesperson", () -> !MailSink.to(spokesperson).isEmpty());
        MimeMessage mail = MailSink.to(spokesperson).get(0);
        assertThat(mail.getSubject()).isEqualTo("[PressInfo] " + subject);
        assertThat(EndToEndTest.parts(mail))
                .contains("đã được chuyển từ " + DISSOLVED + " sang " + SUCCESSOR + " theo 202/2025/QH15")
                .contains("áp dụng từ ngày 01/07/2025").contains("08:30 01/07/2025")
                .contains("người phát ngôn của " + SUCCESSOR)
                .doesNotContain("INQUIRY").doesNotContain("2025-07-01");
    }

    @Test
    void pressWorkReturnedToTheDepartmentIsADepartmentNoticeThatCannotBeMuted() throws Exception {
        UUID department = UUID.randomUUID();
        String title = "Bài viết sai sự thật về dịch bệnh tại Hòn Sơn";
        EventEnvelope e = Fixtures.publish(Events.PRESS_WORK_MOVED,
                moved("CASE", title, department, "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang", true));

        await("department inbox item", () -> deliveries(e, "DEPARTMENT", "INBOX") == 1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND recipient_kind = 'AGENCY'")).isZero();
        assertThat(deliveries(e, "DEPARTMENT", "EMAIL")).isEqualTo(1);
        String subject = "Cần giao lại vụ việc thông tin sai sự thật: " + title;
        given().auth().oauth2(ADMIN).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.find { it.eventId == '" + e.id() + "' }.title", equalTo(subject))
                .body("items.find { it.eventId == '" + e.id() + "' }.summary", equalTo("Hồ sơ vụ việc thông tin sai sự thật \"" + title
                        + "\" đã được chuyển từ " + DISSOLVED + " sang Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang theo 202/2025/QH15, "
                        + "từ ngày 01/07/2025. Không có cơ quan kế thừa tiếp nhận công việc: cần giao lại cho cơ quan xử lý."));
        await("email to the department", () -> MailSink.to(DEPARTMENT).stream().anyMatch(m -> EndToEndTest.subjectOf(m).equals("[PressInfo] " + subject)));
        MimeMessage mail = MailSink.to(DEPARTMENT).stream().filter(m -> EndToEndTest.subjectOf(m).equals("[PressInfo] " + subject))
                .findFirst().orElseThrow();
        assertThat(EndToEndTest.parts(mail)).contains("Không có cơ quan kế thừa tiếp nhận công việc của " + DISSOLVED)
                .contains("giao lại").doesNotContain("CASE");

        for (String token : new String[] {ADMIN, DevTokens.agencyOfficer(UUID.randomUUID())}) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"eventType\": \"" + Events.PRESS_WORK_MOVED.type() + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                    .then().statusCode(422).body("errors[0].field", equalTo("eventType"));
        }
    }

    @Test
    void aMovedAssignmentReachesTheSuccessorAndAWithdrawnOneTheDepartment() throws Exception {
        String spokesperson = email("baocao");
        UUID successor = Fixtures.agencyWithSpokesperson(spokesperson);
        String reference = "512/STTTT-TTBCXB-" + UUID.randomUUID().toString().substring(0, 4);
        String subject = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025";
        ReportAssignmentMoved moved = new ReportAssignmentMoved(UUID.randomUUID(), UUID.randomUUID(), reference, subject, "MOVED",
                UUID.randomUUID(), DISSOLVED, successor, SUCCESSOR, LocalDate.of(2025, 12, 18), UUID.randomUUID(), "202/2025/QH15",
                Instant.parse("2025-07-01T01:00:00Z"));
        ReportAssignmentMoved withdrawn = new ReportAssignmentMoved(UUID.randomUUID(), moved.requestId(), reference, subject, "WITHDRAWN",
                UUID.randomUUID(), "Ủy ban nhân dân huyện Giang Thành", null, null, LocalDate.of(2025, 12, 18), UUID.randomUUID(),
                "1654/NQ-UBTVQH15", Instant.parse("2025-07-01T01:00:00Z"));
        EventEnvelope movedEvent = Fixtures.publish(Events.REPORT_ASSIGNMENT_MOVED, moved);
        EventEnvelope withdrawnEvent = Fixtures.publish(Events.REPORT_ASSIGNMENT_MOVED, withdrawn);

        await("successor's inbox item", () -> deliveries(movedEvent, "AGENCY", "INBOX") == 1);
        assertThat(deliveries(movedEvent, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + movedEvent.id() + "' AND recipient_kind = 'DEPARTMENT'")).isZero();
        String movedTitle = "Yêu cầu báo cáo được chuyển sang " + SUCCESSOR + ": " + reference;
        given().auth().oauth2(DevTokens.agencyOfficer(successor)).get("/api/v1/inbox").then().statusCode(200)
                .body("items.eventId", contains(movedEvent.id())).body("items[0].title", equalTo(movedTitle))
                .body("items[0].summary", equalTo("Yêu cầu báo cáo \"" + subject + "\" đã được chuyển từ " + DISSOLVED + " sang " + SUCCESSOR
                        + " theo 202/2025/QH15; " + SUCCESSOR + " gửi báo cáo, hạn 18/12/2025."));
        await("email to the successor", () -> !MailSink.to(spokesperson).isEmpty());
        assertThat(MailSink.to(spokesperson).get(0).getSubject()).isEqualTo("[PressInfo] " + movedTitle);
        assertThat(EndToEndTest.parts(MailSink.to(spokesperson).get(0))).contains("đã được chuyển từ " + DISSOLVED)
                .contains("Hạn gửi báo cáo: 18/12/2025").doesNotContain("MOVED");

        await("department inbox item", () -> deliveries(withdrawnEvent, "DEPARTMENT", "INBOX") == 1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + withdrawnEvent.id() + "' AND recipient_kind = 'AGENCY'")).isZero();
        String withdrawnTitle = "Rút yêu cầu báo cáo do cơ quan đã giải thể/sáp nhập: " + reference;
        given().auth().oauth2(ADMIN).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.find { it.eventId == '" + withdrawnEvent.id() + "' }.title", equalTo(withdrawnTitle))
                .body("items.find { it.eventId == '" + withdrawnEvent.id() + "' }.summary", equalTo("Yêu cầu báo cáo \"" + subject
                        + "\" gửi Ủy ban nhân dân huyện Giang Thành đã được rút theo 1654/NQ-UBTVQH15 vì không có cơ quan kế thừa tiếp nhận "
                        + "công việc; không tính là chưa gửi báo cáo."));
        await("email to the department", () -> MailSink.to(DEPARTMENT).stream()
                .anyMatch(m -> EndToEndTest.subjectOf(m).equals("[PressInfo] " + withdrawnTitle)));

        // Both types route by the field the rule names (toAgencyId), under their conditions.
        given().auth().oauth2(DevTokens.forRole("auditor")).get("/api/v1/routing-rules").then().statusCode(200)
                .body("find { it.eventType == '" + Events.PRESS_WORK_MOVED.type() + "' }.agencyField", equalTo("toAgencyId"))
                .body("find { it.eventType == '" + Events.REPORT_ASSIGNMENT_MOVED.type() + "' }.agencyField", equalTo("toAgencyId"))
                .body("find { it.eventType == '" + Events.REPORT_ASSIGNMENT_MOVED.type() + "' }.conditions.find { it.recipientKind == "
                        + "'DEPARTMENT' }.value", equalTo("WITHDRAWN"));
    }
}
