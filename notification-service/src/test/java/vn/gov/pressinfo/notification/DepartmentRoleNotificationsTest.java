package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.CorrectionOverdue;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.notification.digest.DigestService;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Department notices follow the agency that holds the PRESS_MANAGEMENT_DEPARTMENT role on the event's date (Sở TTTT until
 * 28/02/2025, Sở VHTTDL from 01/03/2025): its recorded recipients by email (the real SMTP sink) and its inbox. Recipients
 * recorded without agency (before this change) receive while none is recorded for the holder; the configured addresses
 * only while the registry has published no role.
 */
@QuarkusTest
class DepartmentRoleNotificationsTest {

    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String CONFIGURED = "phongbaochi@stttt.test.gov.vn";
    private static final LocalDate HANDOVER = LocalDate.of(2025, 3, 1);

    @Inject
    MutableClock clock;
    @Inject
    DigestService digest;

    private final List<String> recorded = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        recorded.forEach(id -> given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + id));
        recorded.clear();
        Fixtures.forgetDepartmentRole();
        clock.reset();
    }

    private static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@kiengiang.gov.vn";
    }

    private String record(UUID agency, String email) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"agencyId\": \"" + agency + "\", \"email\": \"" + email + "\", \"fullName\": \"Phạm Thị Lan\"}")
                .post("/api/v1/department-recipients").then().statusCode(201).body("agencyId", equalTo(agency.toString()))
                .extract().path("id");
        recorded.add(id);
        return id;
    }

    /** A notice only the department receives (CorrectionOverdue), occurring at {@code time}. */
    private static EventEnvelope correctionOverdue(Instant time, String outlet) {
        CorrectionOverdue payload = new CorrectionOverdue(UUID.randomUUID(), UUID.randomUUID(), "Sở Y tế tỉnh Kiên Giang", outlet, "ONLINE",
                "https://tinnhanh.example.vn/bai-1", time, time);
        EventEnvelope envelope = EventEnvelope.create(Events.CORRECTION_OVERDUE, "/pressinfo/test", payload, time);
        Fixtures.publish(envelope, Events.CORRECTION_OVERDUE, payload);
        return envelope;
    }

    private static List<String> emailsOf(EventEnvelope e) {
        await("deliveries of " + e.id(), () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + e.id() + "'") > 0);
        return Fixtures.rows("SELECT recipient FROM delivery WHERE event_id = '" + e.id() + "' AND channel = 'EMAIL' ORDER BY recipient")
                .lines().map(line -> line.substring("recipient=".length())).toList();
    }

    private static AgencyRoleChanged.Term term(UUID agency, String name, LocalDate from, LocalDate to) {
        return new AgencyRoleChanged.Term(agency, "KG-" + agency.toString().substring(0, 4), name, from, to, "25/NQ-HĐND");
    }

    @Test
    void aDepartmentNoticeGoesToTheAgencyHoldingTheRoleOnTheEventsDate() throws Exception {
        UUID tttt = Fixtures.agency("Sở Thông tin và Truyền thông tỉnh Kiên Giang");
        UUID vhttdl = Fixtures.agency("Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang");
        Fixtures.departmentRole(term(tttt, "Sở Thông tin và Truyền thông tỉnh Kiên Giang", LocalDate.of(2020, 1, 1), HANDOVER),
                term(vhttdl, "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang", HANDOVER, null));
        String old = email("phongbaochi.stttt");
        String current = email("phongbaochi.svhttdl");
        record(tttt, old);
        record(vhttdl, current);

        given().auth().oauth2(ADMIN).queryParam("on", "2025-02-28").get("/api/v1/department-recipients").then().statusCode(200)
                .body("email", contains(old)).body("[0].agencyName", equalTo("Sở Thông tin và Truyền thông tỉnh Kiên Giang"));
        given().auth().oauth2(ADMIN).queryParam("on", "2025-03-01").get("/api/v1/department-recipients").then().statusCode(200)
                .body("email", contains(current)).body("[0].origin", equalTo("DATABASE"));
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200).body("email", contains(current));
        given().auth().oauth2(ADMIN).queryParam("agencyId", tttt.toString()).get("/api/v1/department-recipients").then().statusCode(200)
                .body("email", contains(old));
        given().auth().oauth2(ADMIN).queryParam("agencyId", tttt.toString()).queryParam("on", "2025-03-01")
                .get("/api/v1/department-recipients").then().statusCode(422).body("errors[0].field", equalTo("on"));

        // 10:00 on 28/02/2025 in Vietnam, and 00:30 on 01/03/2025 in Vietnam (still 28/02 in UTC).
        EventEnvelope before = correctionOverdue(Instant.parse("2025-02-28T03:00:00Z"), "Báo Trước Ngày Chuyển Giao");
        EventEnvelope after = correctionOverdue(Instant.parse("2025-02-28T17:30:00Z"), "Báo Sau Ngày Chuyển Giao");

        assertThat(emailsOf(before)).containsExactly(old);
        assertThat(emailsOf(after)).containsExactly(current);
        await("email to the old department", () -> !MailSink.to(old).isEmpty());
        await("email to the new department", () -> !MailSink.to(current).isEmpty());
        assertThat(MailSink.to(old).stream().map(EndToEndTest::subjectOf)).containsExactly("[PressInfo] Quá hạn cải chính: Báo Trước Ngày Chuyển Giao");
        assertThat(MailSink.to(current).stream().map(EndToEndTest::subjectOf)).containsExactly("[PressInfo] Quá hạn cải chính: Báo Sau Ngày Chuyển Giao");

        // The in-app item goes to the holder's inbox; press-admin sees the holder of today's items with the department's.
        given().auth().oauth2(DevTokens.agencyOfficer(tttt)).get("/api/v1/inbox").then().statusCode(200)
                .body("items.eventId", contains(before.id()));
        given().auth().oauth2(DevTokens.agencyOfficer(vhttdl)).get("/api/v1/inbox").then().statusCode(200)
                .body("items.eventId", contains(after.id()));
        String item = given().auth().oauth2(ADMIN).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .body("items.eventId", hasItem(after.id())).body("items.eventId", not(hasItem(before.id())))
                .extract().path("items.find { it.eventId == '" + after.id() + "' }.id");
        given().auth().oauth2(ADMIN).post("/api/v1/inbox/" + item + "/read").then().statusCode(200);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id IN ('" + before.id() + "', '" + after.id() + "') AND recipient = '"
                + CONFIGURED + "'")).isZero();

        // The daily digest goes to the recipients of the agency holding the role on its day.
        LocalDate day = LocalDate.of(2033, 5, 2);
        // Running, not stopped: a delivery the mail server did not answer in time is retried after a backoff.
        clock.runFrom(day, LocalTime.of(7, 1));
        assertThat(digest.sendIfDue()).contains(day);
        await("digest to the current department", () -> MailSink.to(current).stream()
                .anyMatch(m -> EndToEndTest.subjectOf(m).startsWith("[PressInfo] Tổng hợp ngày 02/05/2033:")));
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = 'digest-2033-05-02' AND recipient IN ('" + old + "', '"
                + CONFIGURED + "')")).isZero();
    }

    @Test
    void recipientsWithoutAgencyThenTheConfiguredOnesAreFallbacks() {
        UUID vhttdl = Fixtures.agency("Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang");
        // The registry has published no role: the configured address, whatever is recorded for an agency.
        record(vhttdl, email("chua.co.vai.tro"));
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200)
                .body("email", contains(CONFIGURED)).body("[0].origin", equalTo("CONFIGURATION"));
        assertThat(emailsOf(correctionOverdue(Instant.now(), "Báo Cấu Hình"))).containsExactly(CONFIGURED);

        // A recipient recorded before recipients belonged to an agency (as the migration leaves it) replaces the configuration.
        String legacy = email("phongbaochi.cu");
        UUID legacyId = UUID.randomUUID();
        Fixtures.update("INSERT INTO department_recipient (id, email, full_name, created_at, created_by) VALUES ('" + legacyId + "', '"
                + legacy + "', 'Trần Văn Cũ', now(), 'migration')");
        recorded.add(legacyId.toString());
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200)
                .body("email", contains(legacy)).body("[0].agencyId", nullValue()).body("[0].origin", equalTo("DATABASE"));
        // Drops this replica's routing cache, as any edit through the API does.
        given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + recorded.remove(0)).then().statusCode(200);
        assertThat(emailsOf(correctionOverdue(Instant.now(), "Báo Người Nhận Cũ"))).containsExactly(legacy);

        // The role is published, nobody is recorded for the holder: the recipient without agency still receives.
        Fixtures.departmentRole(term(vhttdl, "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang", HANDOVER, null));
        EventEnvelope held = correctionOverdue(Instant.now(), "Báo Chưa Có Người Nhận");
        assertThat(emailsOf(held)).containsExactly(legacy);
        given().auth().oauth2(DevTokens.agencyOfficer(vhttdl)).get("/api/v1/inbox").then().statusCode(200)
                .body("items.eventId", contains(held.id()));

        // Once one is recorded for the holder, only the holder's recipients receive.
        String current = email("phongbaochi.moi");
        record(vhttdl, current);
        assertThat(emailsOf(correctionOverdue(Instant.now(), "Báo Người Nhận Mới"))).containsExactly(current);

        // Nobody for the holder and nobody without agency: the configuration no longer applies; the delivery log says why.
        recorded.forEach(id -> given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + id).then().statusCode(200));
        recorded.clear();
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200).body("size()", equalTo(0));
        EventEnvelope nobody = correctionOverdue(Instant.now(), "Báo Không Người Nhận");
        assertThat(emailsOf(nobody)).containsExactly("department");
        assertThat(Fixtures.rows("SELECT status, last_error FROM delivery WHERE event_id = '" + nobody.id() + "' AND channel = 'EMAIL'"))
                .contains("status=FAILED").contains("no department recipient is recorded for Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang");
    }
}
