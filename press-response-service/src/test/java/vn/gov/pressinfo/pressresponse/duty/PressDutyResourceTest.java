package vn.gov.pressinfo.pressresponse.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;
import vn.gov.pressinfo.pressresponse.RecordedStatements;
import vn.gov.pressinfo.testing.TopicReader;

/** Periodic duties: the seeded provincial duties evaluated per month and quarter, once-only notices, new duties. */
@QuarkusTest
class PressDutyResourceTest {

    static final String PATH = "/api/v1/press-duties";

    @Inject
    MutableClock clock;

    @Inject
    PressDutyJob check;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Publishes a provincial People's Committee as registry would and waits until the read model has it. */
    static String province(String name) {
        UUID id = UUID.randomUUID();
        Fixtures.send(Events.AGENCY_CHANGED, new AgencySnapshot(id, 0, "P-" + id.toString().substring(0, 6), name, "PROVINCE", null,
                "ACTIVE", LocalDate.of(2020, 1, 1), Instant.now()));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Fixtures.count("SELECT count(*) FROM agency_reference WHERE id = '" + id + "'") == 0) {
            assertThat(System.nanoTime()).as("agency %s reached the read model", id).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return id.toString();
    }

    static List<PressDutyMissed> missed(String dutyId, String agencyId, Duration wait) {
        return TopicReader.await(Fixtures.bootstrapServers(), Topics.PRESS_EVENTS,
                r -> dutyId.equals(r.key()) && "vn.gov.pressinfo.press.PressDutyMissed.v1".equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains(agencyId), 2, wait).stream()
                .map(r -> EventJson.read(r.value(), PressDutyMissed.class)).toList();
    }

    @Test
    void aProvinceMeetsTheMonthWithAStatementAndMissesTheMonthWithout() {
        String province = province("Ủy ban nhân dân tỉnh Thử nghiệm " + marker());
        clock.set(LocalDate.of(2032, 5, 10), LocalTime.of(9, 0));
        // A written answer in March (Vietnamese time), nothing in April; no press conference in the first quarter.
        RecordedStatements.record(province, "WRITTEN_ANSWER", Instant.parse("2032-03-15T03:00:00Z"), null);
        // Issued at 00:30 on 1 May in Vietnam (still 30 April in UTC): it counts for May, not April.
        RecordedStatements.record(province, "PORTAL_POSTING", Instant.parse("2032-04-30T17:30:00Z"), null);

        JsonPath duties = admin().queryParam("agencyId", province).get(PATH).then().statusCode(200).extract().jsonPath();
        String monthly = duties.getString("find { it.agencyType == 'PROVINCE' && it.frequency == 'MONTHLY' }.id");
        String quarterly = duties.getString("find { it.agencyType == 'PROVINCE' && it.frequency == 'QUARTERLY' }.id");
        assertThat(monthly).isNotNull();
        assertThat(quarterly).isNotNull();
        String months = "find { it.id == '" + monthly + "' }.agencies[0].periods";
        assertThat(duties.getList(months + ".label")).hasSize(13).startsWith("2031-05").endsWith("2032-03", "2032-04", "2032-05");
        assertThat(duties.getString(months + ".find { it.label == '2032-03' }.status")).isEqualTo("MET");
        assertThat(duties.getString(months + ".find { it.label == '2032-04' }.status")).isEqualTo("MISSED");
        assertThat(duties.getString(months + ".find { it.label == '2032-05' }.status")).isEqualTo("OPEN");
        assertThat(duties.getInt(months + ".find { it.label == '2032-05' }.statements")).isEqualTo(1);
        assertThat(duties.getString("find { it.id == '" + quarterly + "' }.agencies[0].periods.find { it.label == '2032-Q1' }.status"))
                .isEqualTo("MISSED");

        check.check();
        check.check();
        List<PressDutyMissed> monthlyNotices = missed(monthly, province, Duration.ofSeconds(5));
        assertThat(monthlyNotices).hasSize(1);
        assertThat(monthlyNotices.get(0).periodLabel()).isEqualTo("2032-04");
        assertThat(monthlyNotices.get(0).periodStart()).isEqualTo(LocalDate.of(2032, 4, 1));
        assertThat(monthlyNotices.get(0).periodEnd()).isEqualTo(LocalDate.of(2032, 4, 30));
        // Only the most recent closed period is noticed: the quarter before (2032-Q1), not older misses.
        List<PressDutyMissed> quarterlyNotices = missed(quarterly, province, Duration.ofSeconds(2));
        assertThat(quarterlyNotices).extracting(PressDutyMissed::periodLabel).containsExactly("2032-Q1");
    }

    @Test
    void aMetMonthIsNotNoticed() {
        String province = province("Ủy ban nhân dân tỉnh Đủ " + marker());
        clock.set(LocalDate.of(2032, 7, 5), LocalTime.of(9, 0));
        // A press conference in June meets both the month (June) and the quarter (2032-Q2).
        RecordedStatements.record(province, "PRESS_CONFERENCE", Instant.parse("2032-06-20T03:00:00Z"), null);
        JsonPath duties = admin().queryParam("agencyId", province).get(PATH).then().statusCode(200).extract().jsonPath();
        String monthly = duties.getString("find { it.agencyType == 'PROVINCE' && it.frequency == 'MONTHLY' }.id");
        String quarterly = duties.getString("find { it.agencyType == 'PROVINCE' && it.frequency == 'QUARTERLY' }.id");
        check.check();
        assertThat(missed(monthly, province, Duration.ofSeconds(3))).isEmpty();
        assertThat(missed(quarterly, province, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void onlyPressAdminRecordsDutiesAndBadOnesAreNamed() {
        String agencyId = agency("Sở Y tế " + marker());
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", agencyId);
        body.put("name", "Sở Y tế cung cấp thông tin định kỳ hằng quý");
        body.put("frequency", "QUARTERLY");
        body.put("forms", List.of("PRESS_CONFERENCE", "PRESS_BRIEFING"));
        body.put("effectiveFrom", "2032-01-01");
        body.put("legalBasis", "Quy chế phát ngôn của Sở Y tế");
        monitor().body(body).post(PATH).then().statusCode(403);
        admin().body(body).post(PATH).then().log().ifValidationFails().statusCode(201).body("minCount", equalTo(1))
                .body("agencyId", equalTo(agencyId));
        officerOf(agencyId).get(PATH).then().statusCode(200)
                .body("find { it.agencyId == '" + agencyId + "' }.agencies", hasSize(1));
        as("auditor").queryParam("agencyId", agencyId).get(PATH).then().statusCode(200);
        officerOf(agencyId).queryParam("agencyId", agency("Sở Tư pháp " + marker())).get(PATH).then().statusCode(403);

        Map<String, Object> both = new HashMap<>(body);
        both.put("agencyType", "PROVINCE");
        admin().body(both).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("agencyType"));
        Map<String, Object> neither = new HashMap<>(body);
        neither.remove("agencyId");
        admin().body(neither).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("effectiveTo", "2031-12-31");
        admin().body(backwards).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("effectiveTo"));
        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("agencyId", UUID.randomUUID().toString());
        admin().body(unknown).post(PATH).then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
        Map<String, Object> noForms = new HashMap<>(body);
        noForms.put("forms", List.of());
        admin().body(noForms).post(PATH).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("forms"));
    }
}
