package vn.gov.pressinfo.pressresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.pressresponse.Fixtures.WAIT;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.as;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;
import vn.gov.pressinfo.pressresponse.RecordedStatements;
import vn.gov.pressinfo.testing.TopicReader;

/** Incidents: registration, who may register, the initial statement deadline, overrides and the once-only overdue notice. */
@QuarkusTest
class IncidentResourceTest {

    static final String PATH = "/api/v1/incidents/";

    @Inject
    MutableClock clock;

    @Inject
    IncidentDeadlineJob scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> body(String lead, List<String> coordinating, String knownAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "Sạt lở bờ sông Cái Lớn làm sập 5 căn nhà");
        body.put("severity", "VERY_SERIOUS");
        body.put("occurredAt", Instant.parse(knownAt).minusSeconds(5400).toString());
        body.put("knownAt", knownAt);
        body.put("leadAgencyId", lead);
        body.put("coordinatingAgencyIds", coordinating);
        return body;
    }

    static List<ConsumerRecord<String, String>> events(String incidentId, String type, int count, Duration wait) {
        return TopicReader.await(Fixtures.bootstrapServers(), Topics.PRESS_EVENTS,
                r -> incidentId.equals(r.key()) && ("vn.gov.pressinfo.press." + type + ".v1").equals(TopicReader.header(r, "ce_type")),
                count, wait);
    }

    @Test
    void anIncidentIsRegisteredWithA24HourDeadlineAndPublished() {
        String lead = agency("Sở Nông nghiệp và Môi trường " + marker());
        String other = agency("Sở Xây dựng " + marker());
        clock.set(LocalDate.of(2032, 3, 2), LocalTime.of(9, 0));
        String id = monitor().body(body(lead, List.of(other), "2032-03-01T22:00:00Z")).post(PATH).then().log().ifValidationFails()
                .statusCode(201).body("initialStatementDueAt", equalTo("2032-03-02T22:00:00Z"))
                .body("status", equalTo("AWAITING_STATEMENT")).body("statementInTime", equalTo(false))
                .body("coordinatingAgencyIds", equalTo(List.of(other))).extract().path("id");
        admin().get(PATH + id).then().statusCode(200).body("leadAgencyId", equalTo(lead))
                .body("deadlineBasis", org.hamcrest.Matchers.containsString("09/2017"));
        as("auditor").queryParam("agencyId", other).get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        officerOf(other).get(PATH + id).then().statusCode(200);
        officerOf(agency("Sở Tư pháp " + marker())).get(PATH + id).then().statusCode(403);

        var registered = events(id, "IncidentRegistered", 1, WAIT);
        assertThat(registered).hasSize(1);
        IncidentRegistered event = EventJson.read(registered.get(0).value(), IncidentRegistered.class);
        assertThat(event.agencyId().toString()).isEqualTo(lead);
        assertThat(event.initialStatementDueAt()).isEqualTo(Instant.parse("2032-03-02T22:00:00Z"));
        assertThat(event.coordinatingAgencyIds()).containsExactly(other);
    }

    @Test
    void anOfficerRegistersOnlyForItsOwnAgencyAndBadBodiesAreNamed() {
        String lead = agency("Sở Y tế " + marker());
        String stranger = agency("Sở Tài chính " + marker());
        clock.set(LocalDate.of(2032, 3, 2), LocalTime.of(9, 0));
        officerOf(stranger).body(body(lead, List.of(), "2032-03-01T22:00:00Z")).post(PATH).then().statusCode(403);
        officerOf(lead).body(body(lead, List.of(), "2032-03-01T22:00:00Z")).post(PATH).then().statusCode(201);
        as("auditor").body(body(lead, List.of(), "2032-03-01T22:00:00Z")).post(PATH).then().statusCode(403);

        admin().body(body(lead, List.of(), "2032-03-03T22:00:00Z")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("knownAt"));
        admin().body(body(lead, List.of(lead), "2032-03-01T22:00:00Z")).post(PATH).then().statusCode(422)
                .body("errors[0].field", equalTo("coordinatingAgencyIds[0]"));
        admin().body(body(lead, List.of(java.util.UUID.randomUUID().toString()), "2032-03-01T22:00:00Z")).post(PATH).then()
                .statusCode(422).body("errors[0].field", equalTo("coordinatingAgencyIds[0]"));
        admin().body(body(java.util.UUID.randomUUID().toString(), List.of(), "2032-03-01T22:00:00Z")).post(PATH).then()
                .statusCode(422).body("errors[0].field", equalTo("leadAgencyId"));
        Map<String, Object> noSeverity = body(lead, List.of(), "2032-03-01T22:00:00Z");
        noSeverity.remove("severity");
        admin().body(noSeverity).post(PATH).then().statusCode(400);
    }

    @Test
    void aStatementOfTheLeadBeforeTheDeadlineMeansNoOverdueNotice() {
        String lead = agency("Sở Giao thông Vận tải " + marker());
        clock.set(LocalDate.of(2032, 4, 1), LocalTime.of(9, 0));
        String id = admin().body(body(lead, List.of(), "2032-04-01T01:00:00Z")).post(PATH).then().statusCode(201).extract().path("id");
        RecordedStatements.record(lead, "PRESS_BRIEFING", Instant.parse("2032-04-01T10:00:00Z"), id);
        clock.set(LocalDate.of(2032, 4, 3), LocalTime.of(9, 0));
        scan.scan();
        scan.scan();
        admin().get(PATH + id).then().body("status", equalTo("STATEMENT_ON_TIME")).body("statementInTime", equalTo(true));
        admin().queryParam("agencyId", lead).queryParam("overdue", "true").get(PATH).then().body("items.id", not(hasItem(id)));
        admin().queryParam("agencyId", lead).queryParam("overdue", "false").get(PATH).then().body("items.id", hasItem(id));
        assertThat(events(id, "InitialStatementOverdue", 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void noStatementMeansExactlyOneOverdueNoticeAfterTwoScans() {
        String lead = agency("Công an tỉnh " + marker());
        String coordinating = agency("Sở Y tế " + marker());
        clock.set(LocalDate.of(2032, 4, 1), LocalTime.of(9, 0));
        String id = admin().body(body(lead, List.of(coordinating), "2032-04-01T01:00:00Z")).post(PATH).then().statusCode(201)
                .extract().path("id");
        // A statement of a coordinating agency does not meet the lead's duty.
        RecordedStatements.record(coordinating, "INTERVIEW", Instant.parse("2032-04-01T05:00:00Z"), id);
        clock.set(LocalDate.of(2032, 4, 2), LocalTime.of(7, 59));
        scan.scan();
        admin().get(PATH + id).then().body("status", equalTo("AWAITING_STATEMENT"));
        clock.set(LocalDate.of(2032, 4, 2), LocalTime.of(8, 1));
        scan.scan();
        scan.scan();
        admin().get(PATH + id).then().body("status", equalTo("OVERDUE")).body("overdueNotifiedAt", not(equalTo(null)));
        admin().queryParam("agencyId", coordinating).queryParam("overdue", "true").get(PATH).then().body("items.id", hasItem(id));
        var notices = events(id, "InitialStatementOverdue", 2, Duration.ofSeconds(5));
        assertThat(notices).hasSize(1);
        InitialStatementOverdue notice = EventJson.read(notices.get(0).value(), InitialStatementOverdue.class);
        assertThat(notice.initialStatementDueAt()).isEqualTo(Instant.parse("2032-04-02T01:00:00Z"));
        // A late statement is shown as such; no second notice.
        RecordedStatements.record(lead, "WRITTEN_ANSWER", Instant.parse("2032-04-02T01:00:30Z"), id);
        admin().get(PATH + id).then().body("status", equalTo("STATEMENT_LATE"));
    }

    @Test
    void anAgencyOverrideChangesTheDueTimeFromItsDate() {
        String lead = agency("Sở Văn hóa và Thể thao " + marker());
        clock.set(LocalDate.of(2032, 5, 10), LocalTime.of(9, 0));
        Map<String, Object> override = Map.of("hours", 12, "effectiveFrom", "2032-05-01",
                "legalBasis", "Quy chế phát ngôn của Sở (Quyết định số 15/QĐ-SVHTT)");
        monitor().body(override).put(PATH + "initial-statement-overrides/" + lead).then().statusCode(403);
        admin().body(override).put(PATH + "initial-statement-overrides/" + lead).then().statusCode(200)
                .body("hours", equalTo(12)).body("agencyId", equalTo(lead));
        admin().body(Map.of("hours", 0, "effectiveFrom", "2032-05-01", "legalBasis", "x"))
                .put(PATH + "initial-statement-overrides/" + lead).then().statusCode(400);
        admin().body(body(lead, List.of(), "2032-05-10T00:00:00Z")).post(PATH).then().statusCode(201)
                .body("initialStatementDueAt", equalTo("2032-05-10T12:00:00Z"))
                .body("deadlineBasis", equalTo("Quy chế phát ngôn của Sở (Quyết định số 15/QĐ-SVHTT)"));
        // Known before the override's date: the suite-wide 24 hours.
        admin().body(body(lead, List.of(), "2032-04-20T00:00:00Z")).post(PATH).then().statusCode(201)
                .body("initialStatementDueAt", equalTo("2032-04-21T00:00:00Z"));
    }
}
