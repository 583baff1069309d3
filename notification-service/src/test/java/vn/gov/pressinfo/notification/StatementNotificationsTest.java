package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Incidents, overdue initial statements and missed periodic duties published on the real broker reach the lead
 * agency's spokesperson (email in the real SMTP sink), its officers (inbox) and the department, in Vietnamese. The
 * overdue initial statement and the missed duty cannot be muted by email.
 */
@QuarkusTest
class StatementNotificationsTest {

    private static final String SUMMARY = "Sạt lở bờ biển xã Vân Khánh Tây";

    private static String email(String what) {
        return what + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.vn";
    }

    private static long deliveries(EventEnvelope e, String kind, String channel) {
        return count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "' AND recipient_kind = '" + kind
                + "' AND channel = '" + channel + "'");
    }

    @Test
    void anOverdueInitialStatementReachesTheLeadsSpokespersonTheAgencyInboxAndTheDepartment() throws Exception {
        String spokesperson = email("initial");
        UUID lead = Fixtures.agencyWithSpokesperson(spokesperson);
        EventEnvelope overdue = Fixtures.publish(Events.INITIAL_STATEMENT_OVERDUE, new InitialStatementOverdue(UUID.randomUUID(), lead,
                "Ủy ban nhân dân huyện An Minh", SUMMARY, "SERIOUS", Instant.parse("2026-11-20T01:00:00Z"),
                Instant.parse("2026-11-21T01:00:00Z"), Instant.now()));

        await("inbox items of the agency and the department",
                () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + overdue.id() + "'") == 2);
        assertThat(deliveries(overdue, "AGENCY", "EMAIL")).isEqualTo(1);
        assertThat(deliveries(overdue, "AGENCY", "INBOX")).isEqualTo(1);
        assertThat(deliveries(overdue, "DEPARTMENT", "INBOX")).isEqualTo(1);
        assertThat(deliveries(overdue, "DEPARTMENT", "EMAIL")).isGreaterThanOrEqualTo(1);

        String title = "Quá hạn phát ngôn ban đầu về vụ việc đột xuất, bất thường: " + SUMMARY;
        await("email to the lead's spokesperson", () -> !MailSink.to(spokesperson).isEmpty());
        assertThat(MailSink.to(spokesperson)).hasSize(1);
        MimeMessage mail = MailSink.to(spokesperson).get(0);
        assertThat(mail.getSubject()).isEqualTo("[PressInfo] " + title);
        assertThat(EndToEndTest.parts(mail)).contains("Ủy ban nhân dân huyện An Minh, cơ quan chủ trì").contains("Mức độ: nghiêm trọng")
                .contains("08:00 21/11/2026").doesNotContain("SERIOUS");

        String summary = "Ủy ban nhân dân huyện An Minh (cơ quan chủ trì) chưa phát ngôn ban đầu về vụ việc (mức độ: nghiêm trọng); "
                + "hạn 08:00 21/11/2026 đã qua.";
        given().auth().oauth2(DevTokens.agencyOfficer(lead)).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].title", equalTo(title)).body("items[0].summary", equalTo(summary));
        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.find { it.eventId == '" + overdue.id() + "' }.title", equalTo(title))
                .body("items.find { it.eventId == '" + overdue.id() + "' }.summary", equalTo(summary));
    }

    @Test
    void aNewIncidentAndAMissedDutyReachTheAgencyAndTheDepartmentInVietnamese() throws Exception {
        String spokesperson = email("duty");
        UUID agency = Fixtures.agencyWithSpokesperson(spokesperson);
        EventEnvelope incident = Fixtures.publish(Events.INCIDENT_REGISTERED, new IncidentRegistered(UUID.randomUUID(), agency,
                "Ủy ban nhân dân huyện An Minh", List.of(UUID.randomUUID().toString()), SUMMARY, "SERIOUS",
                Instant.parse("2026-11-20T01:00:00Z"), Instant.parse("2026-11-21T01:00:00Z"), "officer", Instant.parse("2026-11-20T02:00:00Z")));
        EventEnvelope missed = Fixtures.publish(Events.PRESS_DUTY_MISSED, new PressDutyMissed(UUID.randomUUID(), agency,
                "Ủy ban nhân dân huyện An Minh", "Họp báo định kỳ hằng quý", "Nghị định 09/2017/NĐ-CP",
                List.of("PRESS_CONFERENCE"), "2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Instant.now()));

        for (EventEnvelope e : List.of(incident, missed)) {
            await("inbox items of " + e.type(), () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + e.id() + "'") == 2);
            assertThat(deliveries(e, "AGENCY", "EMAIL")).isEqualTo(1);
            assertThat(deliveries(e, "AGENCY", "INBOX")).isEqualTo(1);
            assertThat(deliveries(e, "DEPARTMENT", "INBOX")).isEqualTo(1);
        }
        given().auth().oauth2(DevTokens.agencyOfficer(agency)).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.find { it.eventId == '" + incident.id() + "' }.title",
                        equalTo("Vụ việc đột xuất, bất thường cần phát ngôn ban đầu: " + SUMMARY))
                .body("items.find { it.eventId == '" + incident.id() + "' }.summary",
                        equalTo("Ủy ban nhân dân huyện An Minh chủ trì cung cấp thông tin (mức độ: nghiêm trọng); thời điểm phát ngôn ban đầu "
                                + "chậm nhất 08:00 21/11/2026."))
                .body("items.find { it.eventId == '" + missed.id() + "' }.title",
                        equalTo("Không thực hiện chế độ cung cấp thông tin định kỳ cho báo chí: Họp báo định kỳ hằng quý"))
                .body("items.find { it.eventId == '" + missed.id() + "' }.summary",
                        equalTo("Ủy ban nhân dân huyện An Minh chưa thực hiện \"Họp báo định kỳ hằng quý\" trong kỳ từ 01/07/2026 đến "
                                + "30/09/2026 (hình thức: họp báo). Căn cứ: Nghị định 09/2017/NĐ-CP."));
        await("emails of the incident and the missed duty", () -> MailSink.to(spokesperson).size() == 2);
        assertThat(MailSink.to(spokesperson).stream().map(EndToEndTest::subjectOf)).contains(
                "[PressInfo] Không thực hiện chế độ cung cấp thông tin định kỳ cho báo chí: Họp báo định kỳ hằng quý");
        for (MimeMessage mail : MailSink.to(spokesperson)) {
            assertThat(EndToEndTest.parts(mail)).doesNotContain("PRESS_CONFERENCE").doesNotContain("SERIOUS").doesNotContain("2026-Q3");
        }

        // Statements and incidents reach the webhook subscribers of their type.
        for (String type : new String[] {Events.STATEMENT_ISSUED.type(), Events.INCIDENT_REGISTERED.type()}) {
            given().auth().oauth2(DevTokens.forRole("auditor")).get("/api/v1/routing-rules").then().statusCode(200)
                    .body("find { it.eventType == '" + type + "' }.recipientKinds", hasItem("SUBSCRIBERS"));
        }
    }

    @Test
    void anOverdueInitialStatementAndAMissedDutyCannotBeMutedByEmail() {
        UUID agency = UUID.randomUUID();
        for (String type : new String[] {Events.INITIAL_STATEMENT_OVERDUE.type(), Events.PRESS_DUTY_MISSED.type()}) {
            given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                    .body("{\"eventType\": \"" + type + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                    .then().statusCode(422).body("errors[0].field", equalTo("eventType"));
            given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                    .body("{\"eventType\": \"" + type + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                    .then().statusCode(422);
        }
        // A new incident is not a required notice: its email can be muted.
        given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.INCIDENT_REGISTERED.type() + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                .then().statusCode(201);
    }
}
