package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * A reorganisation recorded in registry-service, followed by the other services on the packaged stack and the real
 * broker: a merge moves an open press case (after its verdict), an open inquiry and an open assignment to the
 * successor, whose spokesperson then approves the rebuttal while the old one is refused; a dissolution without successor
 * withdraws the assignment (no ReportOverdue over later due-notice scans, while an assignment of the same request on a
 * living agency turns overdue) and hands the case back to the press management department; reading
 * {@code registry.reorganisations.v1} again from offset 0 changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReorganisationFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(45);
    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String MONITOR = DevTokens.forRole("press-monitor");
    private static final String MOVED_TYPE = "vn.gov.pressinfo.press.PressWorkMoved.v1";
    private static final String ASSIGNMENT_MOVED_TYPE = "vn.gov.pressinfo.reporting.ReportAssignmentMoved.v1";
    private static final String OVERDUE_TYPE = "vn.gov.pressinfo.reporting.ReportOverdue.v1";
    /** No due-notice scan while the test sets up; {@link #dissolvingWithoutSuccessor} turns it to 2 s by a restart. */
    private static final Map<String, String> SLOW_SCAN = Map.of("PRESSINFO_REPORTING_DEADLINES_CHECK", "1h");
    private static final Map<String, String> FAST_SCAN = Map.of("PRESSINFO_REPORTING_DEADLINES_CHECK", "2s");

    private static Path dataDir;
    private static LocalStack stack;
    private static UUID department;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-reorganisation-tests-");
        stack = SystemTests.startStack(dataDir, builder -> SLOW_SCAN.forEach((k, v) -> builder.env(Service.REPORTING, k, v)));
        department = agency("Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT");
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("agencyId", department);
        role.put("validFrom", "2020-01-01");
        role.put("document", Map.of("number", "25/NQ-HĐND", "date", "2019-12-20", "signer", "Hội đồng nhân dân tỉnh"));
        given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(role)
                .put("/api/v1/agency-roles/PRESS_MANAGEMENT_DEPARTMENT").then().log().ifValidationFails().statusCode(200);
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "reorganisation-stack-logs");
    }

    @Test
    @Order(1)
    void aMergeMovesTheOpenCaseInquiryAndAssignmentToTheSuccessorWhoseSpokespersonThenApproves() {
        String marker = marker();
        UUID predecessor = agency("Sở Thông tin và Truyền thông " + marker, "DEPARTMENT");
        UUID other = agency("Sở Du lịch " + marker, "DEPARTMENT");
        UUID successor = agency("Sở Khoa học và Công nghệ " + marker, "DEPARTMENT");
        String oldSpeaker = spokesperson(predecessor, "cu-" + marker);
        String newSpeaker = spokesperson(successor, "moi-" + marker);
        awaitKnown(List.of(predecessor, other, successor));

        String caseId = caseWithDraftRebuttal(predecessor);
        String inquiry = inquiry(predecessor);
        String assignment = assignment(predecessor, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20));
        // Until the reorganisation the predecessor's spokesperson may speak for it: the inquiry is assigned to them.
        SystemTests.eventually("press-response knows the predecessor's spokesperson", PROPAGATION, () ->
                given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(DevTokens.agencyOfficer(predecessor)).contentType(ContentType.JSON)
                        .body(Map.of("spokespersonEmail", oldSpeaker)).post("/api/v1/press-inquiries/" + inquiry + "/assignment")
                        .then().statusCode(200));

        reorganise("MERGE", List.of(predecessor, other), List.of(Map.of("agencyId", successor)));

        SystemTests.eventually("the case, the inquiry and the assignment belong to the successor", PROPAGATION, () -> {
            given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).get("/api/v1/press-items/" + caseId).then()
                    .statusCode(200).body("responsibleAgencyId", equalTo(successor.toString()));
            given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).get("/api/v1/press-inquiries/" + inquiry).then()
                    .statusCode(200).body("agencyId", equalTo(successor.toString()));
            given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).get("/api/v1/assignments/" + assignment).then()
                    .statusCode(200).body("agencyId", equalTo(successor.toString())).body("state", equalTo("OPEN"));
        });
        assertThat(events("press.events.v1", MOVED_TYPE, caseId)).hasSize(1);
        assertThat(events("press.events.v1", MOVED_TYPE, inquiry)).hasSize(1);
        assertThat(events("reporting.events.v1", ASSIGNMENT_MOVED_TYPE, assignment)).hasSize(1);

        String approval = "/api/v1/press-items/" + caseId + "/rebuttal/approval";
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(speakerToken(oldSpeaker, predecessor)).contentType(ContentType.JSON)
                .body(Map.of("note", "Đồng ý gửi")).post(approval).then().statusCode(org.hamcrest.Matchers.oneOf(403, 422));
        SystemTests.eventually("the successor's spokesperson approves", PROPAGATION, () ->
                given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(speakerToken(newSpeaker, successor)).contentType(ContentType.JSON)
                        .body(Map.of("note", "Đồng ý gửi")).post(approval).then().statusCode(200).body("status", equalTo("APPROVED")));
    }

    @Test
    @Order(2)
    void dissolvingWithoutSuccessorWithdrawsTheAssignmentForGoodAndHandsTheCaseBackToTheDepartment() throws Exception {
        String marker = marker();
        UUID dissolved = agency("Ủy ban nhân dân huyện Giang Thành " + marker, "DISTRICT");
        UUID living = agency("Sở Tư pháp " + marker, "DEPARTMENT");
        awaitKnown(List.of(dissolved, living));
        String caseId = caseAbout(dissolved);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String requestId = request(List.of(dissolved, living), today.minusDays(2));
        String withdrawn = assignmentOf(requestId, dissolved);
        String overdue = assignmentOf(requestId, living);

        reorganise("DISSOLVE", List.of(dissolved), List.of());

        SystemTests.eventually("the assignment is withdrawn and the case is with the department", PROPAGATION, () -> {
            given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).get("/api/v1/assignments/" + withdrawn).then()
                    .statusCode(200).body("state", equalTo("WITHDRAWN"));
            given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).get("/api/v1/press-items/" + caseId).then()
                    .statusCode(200).body("responsibleAgencyId", equalTo(department.toString()))
                    .body("awaitingReassignment", equalTo(true));
        });
        // Now the due-notice scan runs every 2 s: the living agency's assignment turns overdue, the withdrawn one never does.
        stack.restartService(Service.REPORTING, FAST_SCAN);
        SystemTests.eventually("ReportOverdue for the living agency", PROPAGATION,
                () -> assertThat(events("reporting.events.v1", OVERDUE_TYPE, overdue)).hasSize(1));
        Thread.sleep(6_000); // three more scans
        assertThat(events("reporting.events.v1", OVERDUE_TYPE, withdrawn)).isEmpty();
        given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).get("/api/v1/assignments/" + withdrawn).then()
                .statusCode(200).body("state", equalTo("WITHDRAWN"));

        // The department gives the case to another agency.
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("agencyId", living.toString(), "note", "Giao Sở Tư pháp xử lý")).post("/api/v1/press-items/" + caseId + "/assignment")
                .then().log().ifValidationFails().statusCode(200).body("responsibleAgencyId", equalTo(living.toString()))
                .body("awaitingReassignment", equalTo(false));
    }

    @Test
    @Order(3)
    void readingTheReorganisationsAgainFromOffsetZeroChangesNothing() throws IOException {
        // What the reorganisations recorded so far have published, event by event (CloudEvents id): a replay that moved
        // anything again would publish an event with a new id; a relay resending an event after a restart keeps its id.
        Set<String> moved = ids(events("press.events.v1", MOVED_TYPE, null));
        Set<String> assignmentsMoved = ids(events("reporting.events.v1", ASSIGNMENT_MOVED_TYPE, null));
        String group = "-replay-" + UUID.randomUUID();
        stack.restartService(Service.PRESS_RESPONSE, Map.of("MP_MESSAGING_INCOMING_REGISTRY_REORGANISATIONS_GROUP_ID", "press-response-service" + group));
        stack.restartService(Service.REPORTING, Map.of("MP_MESSAGING_INCOMING_REGISTRY_REORGANISATIONS_GROUP_ID", "reporting-service" + group));
        // A marker reorganisation recorded after the restarts: registry.reorganisations.v1 has one partition, so once the
        // marker has been handled, everything before it has been read again.
        UUID first = agency("Ủy ban nhân dân xã Tân Hiệp A " + marker(), "COMMUNE");
        UUID second = agency("Ủy ban nhân dân xã Tân Hiệp B " + marker(), "COMMUNE");
        awaitKnown(List.of(first, second));
        String assignment = assignment(first, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20));
        String markerId = reorganise("MERGE", List.of(first, second), List.of(Map.of("code", "IT-" + marker(), "name", "Ủy ban nhân dân xã Tân Hiệp",
                "type", "COMMUNE")));
        SystemTests.eventually("the marker reorganisation was handled", PROPAGATION,
                () -> assertThat(events("reporting.events.v1", ASSIGNMENT_MOVED_TYPE, assignment)).hasSize(1));

        // The reorganisations read again published nothing new. The marker's own events are left out of the comparison:
        // it must move this test's assignment once, and nothing that was not on one of its two communes.
        assertThat(ids(events("press.events.v1", MOVED_TYPE, null).stream().filter(r -> !markerId.equals(reorganisationOf(r))).toList()))
                .containsExactlyInAnyOrderElementsOf(moved);
        List<ConsumerRecord<String, String>> assignmentEvents = events("reporting.events.v1", ASSIGNMENT_MOVED_TYPE, null);
        assertThat(ids(assignmentEvents.stream().filter(r -> !markerId.equals(reorganisationOf(r))).toList()))
                .containsExactlyInAnyOrderElementsOf(assignmentsMoved);
        List<ConsumerRecord<String, String>> ofMarker = assignmentEvents.stream().filter(r -> markerId.equals(reorganisationOf(r))).toList();
        assertThat(ofMarker).filteredOn(r -> assignment.equals(r.key())).hasSize(1);
        assertThat(ofMarker).allSatisfy(r -> assertThat(JsonPath.from(r.value()).getString("fromAgencyId"))
                .isIn(first.toString(), second.toString()));
    }

    // ------------------------------------------------------------------ helpers

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static UUID agency(String name, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "IT-" + marker());
        body.put("name", name);
        body.put("type", type);
        body.put("validFrom", "2020-01-01");
        return UUID.fromString(given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/agencies").then().log().ifValidationFails().statusCode(201).extract().path("id"));
    }

    private static String spokesperson(UUID agency, String local) {
        String email = "phatngon-" + local + "@kiengiang.gov.vn";
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("fullName", "Nguyễn Thị Thu Hà");
        appointment.put("title", "Phó Giám đốc Sở");
        appointment.put("phone", "0297 3862 000");
        appointment.put("email", email);
        appointment.put("kind", "APPOINTED");
        appointment.put("document", Map.of("number", "125/QĐ-UBND", "date", "2020-01-02", "signer", "Chủ tịch UBND tỉnh"));
        appointment.put("validFrom", "2020-01-02");
        given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(appointment)
                .post("/api/v1/agencies/{id}/spokespersons", agency).then().log().ifValidationFails().statusCode(201);
        return email;
    }

    private static String speakerToken(String email, UUID agency) {
        return DevTokens.token(email, List.of("agency-officer"), agency, Duration.ofMinutes(30));
    }

    private static void awaitKnown(List<UUID> agencies) {
        for (Service s : List.of(Service.PRESS_RESPONSE, Service.REPORTING)) {
            for (UUID id : agencies) {
                SystemTests.eventually(s + " knows agency " + id, PROPAGATION, () ->
                        given().baseUri(url(s)).auth().oauth2(MONITOR).get("/api/v1/agencies/{id}", id).then().statusCode(200));
            }
        }
    }

    private static String caseAbout(UUID agency) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("outletName", "Trang tin điện tử Tin Nhanh Miền Tây");
        item.put("medium", "ONLINE");
        item.put("url", "https://tinnhanhmientay.example.vn/" + marker() + ".html");
        item.put("title", "Thông tin sai sự thật về thu hồi đất");
        item.put("publishedAt", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString());
        item.put("excerpt", "Bài viết cho rằng toàn bộ đất lấn biển sẽ bị thu hồi không bồi thường.");
        item.put("concernedAgencyId", agency.toString());
        item.put("topic", "POLICY_LAW");
        item.put("sensitivity", "HOT");
        item.put("source", "MONITORING");
        String id = given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR).contentType(ContentType.JSON).body(item)
                .post("/api/v1/press-items").then().log().ifValidationFails().statusCode(201).extract().path("id");
        step(MONITOR, id, "/assignment", Map.of());
        return id;
    }

    /** A case about {@code agency} past its verdict (FALSE) with a drafted rebuttal: it cannot be reassigned the usual way. */
    private static String caseWithDraftRebuttal(UUID agency) {
        String id = caseAbout(agency);
        step(MONITOR, id, "/verification", Map.of("note", "Đề nghị xác minh"));
        step(MONITOR, id, "/verdict", Map.of("verdict", "FALSE", "reasoning", "Không có quyết định thu hồi đất nào như bài viết nêu.",
                "evidenceLinks", List.of("https://kiengiang.gov.vn/thong-bao")));
        step(DevTokens.agencyOfficer(agency), id, "/rebuttal", Map.of("content", "Đề nghị cải chính bài viết.",
                "correctInformation", "Không có quyết định thu hồi đất lấn biển nào."));
        return id;
    }

    private static void step(String token, String caseId, String path, Map<String, ?> body) {
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/press-items/" + caseId + path).then().log().ifValidationFails().statusCode(200);
    }

    private static String inquiry(UUID agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agency);
        body.put("outletName", "Báo Kiên Giang");
        body.put("journalistName", "Lê Minh Tâm");
        body.put("introductionLetter", "Giấy giới thiệu số 45/GGT-BKG");
        body.put("channel", "OFFICIAL_LETTER");
        body.put("subject", "Kế hoạch phủ sóng truyền hình số tại các xã đảo");
        body.put("questions", List.of("Bao giờ các xã đảo được phủ sóng?"));
        body.put("receivedAt", Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        return given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/press-inquiries").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static String request(List<UUID> agencies, LocalDate dueDate) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reference", "IT-" + marker() + "/SVHTTDL-QLBC");
        request.put("issuedOn", today.minusDays(20).toString());
        request.put("subject", "Báo cáo kết quả thực hiện Chỉ thị 06 về công tác phát ngôn");
        request.put("dueDate", dueDate.toString());
        request.put("indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true)));
        request.put("targets", Map.of("agencyIds", agencies));
        return given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .post("/api/v1/report-requests").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static String assignment(UUID agency, LocalDate dueDate) {
        return assignmentOf(request(List.of(agency), dueDate), agency);
    }

    private static String assignmentOf(String requestId, UUID agency) {
        return given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).queryParam("requestId", requestId)
                .queryParam("agencyId", agency.toString()).get("/api/v1/assignments").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** Records a reorganisation in registry-service; returns its id. */
    private static String reorganise(String kind, List<UUID> predecessors, List<Map<String, ?>> successors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("effectiveDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        body.put("legalBasis", Map.of("number", "72/2025/QH15", "date", "2025-06-16", "signer", "Quốc hội"));
        body.put("predecessorIds", predecessors);
        body.put("successors", successors);
        return given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reorganisations").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** Events of {@code type} on {@code topic}, keyed by {@code key} (any key when null). */
    private static List<ConsumerRecord<String, String>> events(String topic, String type, String key) {
        return TopicReader.readAll(stack.kafkaBootstrapServers(), topic).stream()
                .filter(r -> type.equals(TopicReader.header(r, "ce_type")) && (key == null || key.equals(r.key()))).toList();
    }

    /** The CloudEvents ids of {@code records}. */
    private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet());
    }

    /** The reorganisation a PressWorkMoved or ReportAssignmentMoved event names. */
    private static String reorganisationOf(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value()).getString("reorganisationId");
    }

    private static String url(Service service) {
        return stack.baseUrl(service).toString();
    }
}
