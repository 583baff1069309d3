package vn.gov.pressinfo.pressresponse.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.monitor;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.Fixtures.person;
import static vn.gov.pressinfo.pressresponse.Fixtures.reorganise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * Reorganisations on the real broker: open cases, inquiries and incidents follow the successor that takes a predecessor's
 * work, or go back to the press management department for reassignment; a replay changes nothing; approvals and access follow.
 */
@QuarkusTest
class ReorganisationTest {

    private static final String ITEMS = "/api/v1/press-items/";
    private static final String INQUIRIES = "/api/v1/press-inquiries/";
    private static final String INCIDENTS = "/api/v1/incidents/";
    private static final String DUTIES = "/api/v1/press-duties";
    private static final String REFERENCE = "202/2025/QH15";
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    @BeforeEach
    void departmentRole() {
        Fixtures.departmentRole();
    }

    @Test
    void aMergeMovesOpenWorkToTheSuccessorOnceAndApprovalFollowsItsSpokesperson() {
        String oldName = "Ủy ban nhân dân huyện Châu Thành " + marker();
        String newName = "Ủy ban nhân dân xã Châu Thành " + marker();
        String old = agency(oldName);
        String heir = agency(newName);
        String oldSpokesperson = "phatngon." + marker() + "@chauthanh.kiengiang.gov.vn";
        String newSpokesperson = "phatngon." + marker() + "@xachauthanh.angiang.gov.vn";
        appointSpokesperson(old, oldSpokesperson);
        appointSpokesperson(heir, newSpokesperson);

        String caseId = draftedRebuttal(old);
        String closedCase = Fixtures.register(Fixtures.item(old, Fixtures.uniqueUrl()));
        monitor().body(Map.of("outcome", "WITHDRAWN")).post(ITEMS + closedCase + "/closure").then().statusCode(200);
        String inquiryId = inquiry(old);
        String dueDate = admin().get(INQUIRIES + inquiryId).then().extract().path("clock.dueDate");
        String incidentId = incident(old);
        String dutyId = duty(old);

        AgencyReorganized merge = event("MERGE", new AgencyReorganized.Link(UUID.fromString(old), oldName, List.of(UUID.fromString(heir)),
                UUID.fromString(heir), newName));
        reorganise(merge);

        String note = "Chuyển từ " + oldName + " sang " + newName + " theo " + REFERENCE + " (sắp xếp tổ chức lại, hiệu lực 01/07/2025)";
        admin().get(ITEMS + caseId).then().body("responsibleAgencyId", equalTo(heir)).body("responsibleAgencyName", equalTo(newName))
                .body("state", equalTo("RESPONSE_DRAFTED")).body("awaitingReassignment", equalTo(false));
        admin().get(ITEMS + caseId + "/transitions").then().body("[-1].action", equalTo("MOVED_BY_REORGANISATION"))
                .body("[-1].fromState", equalTo("RESPONSE_DRAFTED")).body("[-1].toState", equalTo("RESPONSE_DRAFTED"))
                .body("[-1].actor", equalTo("system:reorganisation")).body("[-1].note", equalTo(note));
        admin().get(ITEMS + closedCase).then().body("responsibleAgencyId", equalTo(old));
        // The journalist's deadline stands: the clock is not reset by the move.
        admin().get(INQUIRIES + inquiryId).then().body("agencyId", equalTo(heir)).body("agencyName", equalTo(newName))
                .body("state", equalTo("RECEIVED")).body("clock.dueDate", equalTo(dueDate));
        admin().get(INQUIRIES + inquiryId + "/transitions").then().body("[-1].note", equalTo(note))
                .body("[-1].fromState", equalTo("RECEIVED")).body("[-1].toState", equalTo("RECEIVED"));
        admin().get(INCIDENTS + incidentId).then().body("leadAgencyId", equalTo(heir)).body("leadAgencyName", equalTo(newName));
        admin().get(INCIDENTS + incidentId + "/transitions").then().body("[0].action", equalTo("MOVED_BY_REORGANISATION"))
                .body("[0].note", equalTo(note));

        ConsumerRecord<String, String> moved = moveOf(caseId);
        assertThat(moved.value()).contains("\"itemKind\":\"CASE\"").contains("\"fromAgencyId\":\"" + old + "\"")
                .contains("\"toAgencyId\":\"" + heir + "\"").contains("\"returnedToDepartment\":false")
                .contains("\"reorganisationReference\":\"" + REFERENCE + "\"").contains("\"effectiveDate\":\"2025-07-01\"");
        assertThat(moveOf(inquiryId).value()).contains("\"itemKind\":\"INQUIRY\"");
        assertThat(moveOf(incidentId).value()).contains("\"itemKind\":\"INCIDENT\"");
        assertThat(moves(closedCase, 1, Duration.ofSeconds(1))).isEmpty();
        // The periodic duty passes to the successor (no event).
        admin().queryParam("agencyId", heir).get(DUTIES).then().statusCode(200).body("id", hasItem(dutyId));

        // The same reorganisation again (registry replayed, a new event id): nothing more moves, nothing more is recorded.
        int steps = admin().get(ITEMS + caseId + "/transitions").then().extract().path("size()");
        reorganise(merge);
        admin().get(ITEMS + caseId + "/transitions").then().body("size()", equalTo(steps));
        admin().get(INCIDENTS + incidentId + "/transitions").then().body("size()", equalTo(1));
        assertThat(moves(caseId, 2, Duration.ofSeconds(3))).hasSize(1);
        assertThat(moves(inquiryId, 2, Duration.ofSeconds(1))).hasSize(1);
        assertThat(moves(incidentId, 2, Duration.ofSeconds(1))).hasSize(1);

        // Officers of the successor act on the moved case; officers of the old agency no longer reach it.
        officerOf(old).get(ITEMS + caseId).then().statusCode(403);
        officerOf(old).get(INQUIRIES + inquiryId).then().statusCode(403);
        officerOf(heir).get(INQUIRIES + inquiryId).then().statusCode(200);
        officerOf(heir).get(INCIDENTS + incidentId).then().statusCode(200);
        officerOf(heir).queryParam("agencyId", heir).get(ITEMS).then().statusCode(200).body("items.id", hasItem(caseId));
        officerOf(heir).body(Map.of("content", "Ủy ban nhân dân xã Châu Thành đề nghị Báo Điện tử ABC cải chính.",
                "correctInformation", "Không có ca tử vong nào.")).post(ITEMS + caseId + "/rebuttal").then().statusCode(200);
        // The rebuttal now needs the successor's spokesperson: the old agency's is refused, whatever its token says.
        person(oldSpokesperson, old).body(Map.of()).post(ITEMS + caseId + "/rebuttal/approval").then().statusCode(403);
        person(oldSpokesperson, heir).body(Map.of()).post(ITEMS + caseId + "/rebuttal/approval").then().statusCode(403)
                .contentType("application/problem+json");
        person(newSpokesperson, heir).body(Map.of("note", "Đồng ý gửi")).post(ITEMS + caseId + "/rebuttal/approval").then()
                .statusCode(200).body("approvedBy", equalTo(newSpokesperson));
    }

    @Test
    void aDissolutionWithoutSuccessorReturnsWorkToTheDepartmentUntilPressAdminReassignsIt() {
        String oldName = "Ủy ban nhân dân huyện Kiên Hải " + marker();
        String old = agency(oldName);
        String commune = agency("Ủy ban nhân dân đặc khu Kiên Hải " + marker());
        String caseId = Fixtures.verdict(old, "FALSE");
        String inquiryId = inquiry(old);
        String dueDate = admin().get(INQUIRIES + inquiryId).then().extract().path("clock.dueDate");
        String incidentId = incident(old);
        String dutyId = duty(old);

        reorganise(event("DISSOLVE", new AgencyReorganized.Link(UUID.fromString(old), oldName, List.of(), null, null)));

        String department = Fixtures.DEPARTMENT_VHTT.toString();
        admin().get(ITEMS + caseId).then().body("responsibleAgencyId", equalTo(department))
                .body("responsibleAgencyName", equalTo(Fixtures.DEPARTMENT_VHTT_NAME)).body("awaitingReassignment", equalTo(true))
                .body("state", equalTo("FLAGGED"));
        admin().get(ITEMS + caseId + "/transitions").then().body("[-1].action", equalTo("RETURNED_TO_DEPARTMENT"))
                .body("[-1].note", startsWith("Chuyển từ " + oldName + " sang " + Fixtures.DEPARTMENT_VHTT_NAME + " theo " + REFERENCE))
                .body("[-1].note", org.hamcrest.Matchers.containsString("chờ Sở giao lại"));
        admin().queryParam("awaitingReassignment", true).queryParam("agencyId", department).get(ITEMS).then().statusCode(200)
                .body("items.id", hasItem(caseId)).body("items.awaitingReassignment", not(hasItem(false)));
        admin().queryParam("awaitingReassignment", false).queryParam("agencyId", department).get(ITEMS).then()
                .body("items.id", not(hasItem(caseId)));
        admin().queryParam("awaitingReassignment", true).get(INQUIRIES).then().body("items.id", hasItem(inquiryId));
        admin().queryParam("awaitingReassignment", true).get(INCIDENTS).then().body("items.id", hasItem(incidentId));
        admin().get(INCIDENTS + incidentId).then().body("leadAgencyId", equalTo(department)).body("awaitingReassignment", equalTo(true));
        // Nobody owes the dissolved agency's periodic duty any more: it ends the day before.
        admin().get(DUTIES).then().body("find { it.id == '" + dutyId + "' }.effectiveTo", equalTo("2025-06-30"));
        assertThat(moveOf(caseId).value()).contains("\"returnedToDepartment\":true")
                .contains("\"toAgencyId\":\"" + department + "\"").contains("\"toAgencyName\":\"" + Fixtures.DEPARTMENT_VHTT_NAME + "\"");
        assertThat(moveOf(inquiryId).value()).contains("\"returnedToDepartment\":true");
        assertThat(moveOf(incidentId).value()).contains("\"returnedToDepartment\":true");

        // After the verdict only press-admin gives the returned case to another agency; the state stays, the flag clears.
        monitor().body(Map.of("agencyId", commune)).post(ITEMS + caseId + "/assignment").then().statusCode(403);
        admin().body(Map.of("note", "Sở giao lại")).post(ITEMS + caseId + "/assignment").then().statusCode(422)
                .body("errors[0].field", equalTo("agencyId"));
        admin().body(Map.of("agencyId", commune, "note", "Giao đặc khu theo dõi")).post(ITEMS + caseId + "/assignment").then()
                .statusCode(200).body("responsibleAgencyId", equalTo(commune)).body("state", equalTo("FLAGGED"))
                .body("awaitingReassignment", equalTo(false));
        admin().get(ITEMS + caseId + "/transitions").then().body("[-1].action", equalTo("REASSIGNED"))
                .body("[-1].fromState", equalTo("FLAGGED")).body("[-1].note", startsWith("Sở giao lại: " + Fixtures.DEPARTMENT_VHTT_NAME));
        // Once given, it is an ordinary case after its verdict again.
        admin().body(Map.of("agencyId", department)).post(ITEMS + caseId + "/assignment").then().statusCode(409);
        officerOf(commune).get(ITEMS + caseId).then().statusCode(200);

        // The returned inquiry: press-admin gives it to the commune; the clock stands.
        officerOf(department).body(Map.of("agencyId", commune)).post(INQUIRIES + inquiryId + "/reassignment").then().statusCode(403);
        admin().body(Map.of("agencyId", UUID.randomUUID().toString())).post(INQUIRIES + inquiryId + "/reassignment").then()
                .statusCode(422).body("errors[0].field", equalTo("agencyId"));
        admin().body(Map.of("agencyId", commune, "note", "Trả lời theo địa bàn")).post(INQUIRIES + inquiryId + "/reassignment").then()
                .statusCode(200).body("agencyId", equalTo(commune)).body("awaitingReassignment", equalTo(false))
                .body("state", equalTo("RECEIVED")).body("clock.dueDate", equalTo(dueDate));
        admin().body(Map.of("agencyId", commune)).post(INQUIRIES + inquiryId + "/reassignment").then().statusCode(409);
        admin().get(INQUIRIES + inquiryId + "/transitions").then().body("action", hasItem("RETURNED_TO_DEPARTMENT"))
                .body("[-1].action", equalTo("REASSIGNED"));

        // The returned incident gets a new lead.
        admin().body(Map.of("agencyId", commune)).post(INCIDENTS + incidentId + "/reassignment").then().statusCode(200)
                .body("leadAgencyId", equalTo(commune)).body("awaitingReassignment", equalTo(false));
        admin().body(Map.of("agencyId", commune)).post(INCIDENTS + incidentId + "/reassignment").then().statusCode(409);
        admin().get(INCIDENTS + incidentId + "/transitions").then().body("action", equalTo(List.of("RETURNED_TO_DEPARTMENT", "REASSIGNED")));
    }

    @Test
    void withNoDepartmentKnownForTheDateTheWorkStaysWhereItIsButIsFlaggedNotLost() {
        String oldName = "Ủy ban nhân dân thị xã Hà Tiên " + marker();
        String old = agency(oldName);
        String caseId = Fixtures.register(Fixtures.item(old, Fixtures.uniqueUrl()));
        // The test role starts on 2008-03-01: registry has published no department for 2005.
        AgencyReorganized dissolution = new AgencyReorganized(UUID.randomUUID(), "DISSOLVE", LocalDate.of(2005, 1, 1), null, null,
                List.of(new AgencyReorganized.Link(UUID.fromString(old), oldName, List.of(), null, null)), List.of(), Instant.now());
        reorganise(dissolution);

        admin().get(ITEMS + caseId).then().body("responsibleAgencyId", equalTo(old)).body("awaitingReassignment", equalTo(true))
                .body("state", equalTo("DETECTED"));
        admin().get(ITEMS + caseId + "/transitions").then().body("[-1].action", equalTo("RETURNED_TO_DEPARTMENT"))
                .body("[-1].note", startsWith("Chờ Sở giao lại: " + oldName + " không có cơ quan kế thừa công việc theo "
                        + dissolution.reorganisationId()));
        assertThat(moveOf(caseId).value()).contains("\"returnedToDepartment\":true").contains("\"toAgencyId\":\"" + old + "\"");
        reorganise(dissolution);
        admin().get(ITEMS + caseId + "/transitions").then().body("action", equalTo(List.of("REGISTERED", "RETURNED_TO_DEPARTMENT")));
        // press-admin can still give it to someone.
        String heir = agency("Ủy ban nhân dân phường Tô Châu " + marker());
        admin().body(Map.of("agencyId", heir)).post(ITEMS + caseId + "/assignment").then().statusCode(200)
                .body("responsibleAgencyId", equalTo(heir)).body("state", equalTo("ASSIGNED")).body("awaitingReassignment", equalTo(false));
    }

    /** A FALSE verdict with a rebuttal drafted by the agency's officer: RESPONSE_DRAFTED, awaiting its spokesperson. */
    private static String draftedRebuttal(String agencyId) {
        String id = Fixtures.verdict(agencyId, "FALSE");
        officerOf(agencyId).body(Map.of("content", "Đề nghị Báo Điện tử ABC cải chính bài viết.", "correctInformation",
                "Không có ca tử vong nào.")).post(ITEMS + id + "/rebuttal").then().statusCode(200);
        return id;
    }

    private static String duty(String agencyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", agencyId);
        body.put("name", "Ủy ban nhân dân huyện cung cấp thông tin định kỳ hằng quý");
        body.put("frequency", "QUARTERLY");
        body.put("forms", List.of("PRESS_CONFERENCE", "PRESS_BRIEFING"));
        body.put("effectiveFrom", "2024-01-01");
        body.put("legalBasis", "Quy chế phát ngôn của Ủy ban nhân dân huyện");
        return admin().body(body).post(DUTIES).then().statusCode(201).extract().path("id");
    }

    private static String inquiry(String agencyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("agencyId", agencyId);
        body.put("outletName", "Báo Kiên Giang");
        body.put("journalistName", "Lê Minh Tâm");
        body.put("introductionLetter", "Giấy giới thiệu số 45/GGT-BKG");
        body.put("channel", "EMAIL");
        body.put("subject", "Tiến độ xây dựng bến tàu " + marker());
        body.put("questions", List.of("Khi nào bến tàu được đưa vào sử dụng?"));
        return monitor().body(body).post(INQUIRIES).then().statusCode(201).extract().path("id");
    }

    private static String incident(String agencyId) {
        Instant knownAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "Sạt lở bờ sông Cái Lớn " + marker());
        body.put("severity", "VERY_SERIOUS");
        body.put("occurredAt", knownAt.minusSeconds(5400).toString());
        body.put("knownAt", knownAt.toString());
        body.put("leadAgencyId", agencyId);
        body.put("coordinatingAgencyIds", List.of());
        return admin().body(body).post(INCIDENTS).then().statusCode(201).extract().path("id");
    }

    private static AgencyReorganized event(String kind, AgencyReorganized.Link link) {
        return new AgencyReorganized(UUID.randomUUID(), kind, EFFECTIVE,
                new AgencyReorganized.LegalBasis(REFERENCE, LocalDate.of(2025, 6, 12), "Quốc hội"), null, List.of(link), List.of(),
                Instant.now());
    }

    private static List<ConsumerRecord<String, String>> moves(String itemId, int count, Duration wait) {
        return TopicReader.await(Fixtures.bootstrapServers(), Topics.PRESS_EVENTS, r -> itemId.equals(r.key())
                && "vn.gov.pressinfo.press.PressWorkMoved.v1".equals(TopicReader.header(r, "ce_type")), count, wait);
    }

    /** The PressWorkMoved of the item, once it is on the topic. */
    private static ConsumerRecord<String, String> moveOf(String itemId) {
        List<ConsumerRecord<String, String>> found = moves(itemId, 1, Fixtures.WAIT);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
