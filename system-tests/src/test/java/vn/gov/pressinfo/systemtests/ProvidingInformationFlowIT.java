package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * Providing information to the press across the suite, on the packaged services, the real broker and the mail sink: a
 * back-dated inquiry raises PressInquiryOverdue exactly once per level and an incident without a statement raises
 * InitialStatementOverdue once, also across a restart of press-response-service, and the VERY_OVERDUE notice reaches the
 * department's inbox; an answered inquiry and a press conference are prefilled in that agency's report draft; a month
 * without a statement from the province raises PressDutyMissed once.
 */
class ProvidingInformationFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(45);
    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String MONITOR = DevTokens.forRole("press-monitor");
    private static final String INQUIRIES = "/api/v1/press-inquiries/";
    private static final String OVERDUE_TYPE = "vn.gov.pressinfo.press.PressInquiryOverdue.v1";
    private static final String INITIAL_OVERDUE_TYPE = "vn.gov.pressinfo.press.InitialStatementOverdue.v1";
    private static final String DUTY_MISSED_TYPE = "vn.gov.pressinfo.press.PressDutyMissed.v1";
    /** The deadline scans' and the duty check's period here; the defaults are a minute and an hour. */
    private static final Map<String, String> FAST_SCAN = Map.of("PRESSINFO_PRESS_INQUIRY_CHECK", "2s",
            "PRESSINFO_PRESS_INCIDENT_CHECK", "2s", "PRESSINFO_PRESS_DUTY_CHECK", "2s");

    private static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-inquiry-tests-");
        stack = SystemTests.startStack(dataDir, builder -> {
            builder.mail(true);
            FAST_SCAN.forEach((name, value) -> builder.env(Service.PRESS_RESPONSE, name, value));
        });
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "inquiry-stack-logs");
    }

    @Test
    void lateInquiriesAndSilentIncidentsAreNoticedOnceAcrossARestartAndVeryOverdueReachesTheDepartment() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID agency = agencyWithSpokesperson("Sở Nội vụ " + marker, "phatngon-" + marker + "@kiengiang.gov.vn");
        // Received a month ago and never answered: past the answer deadline (5 working days) and the very-overdue one (10).
        String id = register(agency, Instant.now().minus(Duration.ofDays(30)));
        // Known two days ago, no statement since: the 24-hour initial statement is overdue.
        String incident = incident(agency, Instant.now().minus(Duration.ofDays(2)));

        SystemTests.eventually("both notices on press.events.v1", PROPAGATION, () -> assertThat(levels(id)).containsExactly("OVERDUE", "VERY_OVERDUE"));
        SystemTests.eventually("the initial statement notice", PROPAGATION, () -> assertThat(ofType(incident, INITIAL_OVERDUE_TYPE)).hasSize(1));
        stack.restartService(Service.PRESS_RESPONSE, FAST_SCAN);
        // Several scans after the restart: still one notice per level, and one for the incident.
        Thread.sleep(8_000);
        assertThat(levels(id)).containsExactly("OVERDUE", "VERY_OVERDUE");
        assertThat(ofType(incident, INITIAL_OVERDUE_TYPE)).hasSize(1);
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).get(INQUIRIES + id).then().statusCode(200)
                .body("clock.overdueLevel", org.hamcrest.Matchers.equalTo("VERY_OVERDUE"));

        Set<String> noticeIds = notices(id).stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet());
        String veryOverdueId = notices(id).stream().filter(r -> r.value().contains("\"VERY_OVERDUE\""))
                .map(r -> TopicReader.header(r, "ce_id")).findFirst().orElseThrow();
        SystemTests.eventually("the department's inbox holds the VERY_OVERDUE notice only", PROPAGATION, () ->
                assertThat(inboxEventIds(ADMIN, noticeIds)).containsExactly(veryOverdueId));
        String officer = DevTokens.agencyOfficer(agency);
        SystemTests.eventually("the agency's inbox holds both notices", PROPAGATION, () ->
                assertThat(inboxEventIds(officer, noticeIds)).containsExactlyInAnyOrderElementsOf(noticeIds));
    }

    @Test
    void anAnsweredInquiryAndAPressConferenceArePrefilledInTheAgencysReportDraft() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "phatngon-" + marker + "@kiengiang.gov.vn";
        UUID agency = agencyWithSpokesperson("Sở Y tế " + marker, email);
        String officer = DevTokens.agencyOfficer(agency);
        String id = register(agency, Instant.now().minus(Duration.ofHours(1)));
        SystemTests.eventually("press-response knows the spokesperson", PROPAGATION, () ->
                given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(officer).contentType(ContentType.JSON)
                        .body(Map.of("spokespersonEmail", email)).post(INQUIRIES + id + "/assignment").then().statusCode(200));
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("form", "WRITTEN_ANSWER", "answer", "Dự án đã hoàn thành 85% khối lượng.", "spokespersonEmail", email))
                .post(INQUIRIES + id + "/answer").then().statusCode(200);
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("agencyId", agency);
        conference.put("form", "PRESS_CONFERENCE");
        conference.put("title", "Họp báo thông tin tiến độ dự án Bệnh viện Đa khoa tỉnh");
        conference.put("content", "Sở Y tế thông tin dự án đã hoàn thành 85% khối lượng.");
        conference.put("spokespersonEmail", email);
        conference.put("pressAgencies", List.of("Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang"));
        conference.put("public", true);
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(officer).contentType(ContentType.JSON).body(conference)
                .post("/api/v1/statements").then().log().ifValidationFails().statusCode(201);

        // The annual regime's period that holds today (Decree 09/2019 Art. 12: 15 December to 14 December).
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.isAfter(LocalDate.of(today.getYear(), 12, 14)) ? today.getYear() + 1 : today.getYear();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("reference", "IT-" + marker + "/SVHTTDL-QLBC");
        request.put("issuedOn", today.toString());
        request.put("subject", "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm " + year);
        request.put("regimeCode", "PRESS_WORK_ANNUAL");
        request.put("period", String.valueOf(year));
        request.put("targets", Map.of("agencyIds", List.of(agency)));
        String requestId = given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .post("/api/v1/report-requests").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String assignment = given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).queryParam("requestId", requestId)
                .get("/api/v1/assignments").then().statusCode(200).extract().path("items[0].id");
        SystemTests.eventually("the answer prefilled in the draft", PROPAGATION, () ->
                given().baseUri(url(Service.REPORTING)).auth().oauth2(officer).get("/api/v1/assignments/" + assignment + "/draft")
                        .then().statusCode(200)
                        .body("prefilled", org.hamcrest.Matchers.hasItems("inquiriesAnswered", "pressConferences"))
                        .body("content.indicators.inquiriesAnswered", org.hamcrest.Matchers.equalTo(1))
                        .body("content.indicators.pressConferences", org.hamcrest.Matchers.equalTo(1)));
    }

    @Test
    void aMonthWithoutAStatementFromTheProvinceIsAMissedDutyNoticedOnce() throws Exception {
        Map<String, Object> province = new LinkedHashMap<>();
        province.put("code", "IT-" + UUID.randomUUID().toString().substring(0, 6));
        province.put("name", "Ủy ban nhân dân tỉnh thử nghiệm");
        province.put("type", "PROVINCE");
        province.put("validFrom", "2020-01-01");
        String id = given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(province)
                .post("/api/v1/agencies").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String lastMonth = java.time.YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
        // The duty check runs every 2 s here: the monthly duty's last closed month is noticed once, however often it runs.
        SystemTests.eventually("PressDutyMissed for " + lastMonth, PROPAGATION, () -> assertThat(dutyMisses(id, lastMonth)).hasSize(1));
        Thread.sleep(6_000);
        assertThat(dutyMisses(id, lastMonth)).hasSize(1);
        given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(ADMIN).queryParam("agencyId", id).get("/api/v1/press-duties")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("MISSED"));
    }

    private static List<ConsumerRecord<String, String>> dutyMisses(String agencyId, String period) {
        return TopicReader.readAll(stack.kafkaBootstrapServers(), "press.events.v1").stream()
                .filter(r -> DUTY_MISSED_TYPE.equals(TopicReader.header(r, "ce_type")) && r.value().contains("\"agencyId\":\"" + agencyId + "\"")
                        && r.value().contains("\"periodLabel\":\"" + period + "\""))
                .toList();
    }

    private static String incident(UUID lead, Instant knownAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", "Sạt lở bờ sông Cái Lớn tại xã Tân Hiệp");
        body.put("severity", "SERIOUS");
        body.put("occurredAt", knownAt.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("knownAt", knownAt.truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("leadAgencyId", lead);
        body.put("coordinatingAgencyIds", List.of());
        return given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/incidents").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> ofType(String key, String type) {
        return TopicReader.readAll(stack.kafkaBootstrapServers(), "press.events.v1").stream()
                .filter(r -> key.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    private static UUID agencyWithSpokesperson(String name, String email) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("code", "IT-" + UUID.randomUUID().toString().substring(0, 6));
        agency.put("name", name);
        agency.put("type", "DEPARTMENT");
        agency.put("validFrom", "2020-01-01");
        UUID id = UUID.fromString(given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(agency)
                .post("/api/v1/agencies").then().log().ifValidationFails().statusCode(201).extract().path("id"));
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("fullName", "Nguyễn Thị Thu Hà");
        appointment.put("title", "Phó Giám đốc Sở");
        appointment.put("phone", "0297 3862 000");
        appointment.put("email", email);
        appointment.put("kind", "APPOINTED");
        appointment.put("document", Map.of("number", "125/QĐ-UBND", "date", "2025-02-25", "signer", "Chủ tịch UBND tỉnh"));
        appointment.put("validFrom", "2025-03-01");
        given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(appointment)
                .post("/api/v1/agencies/{id}/spokespersons", id).then().statusCode(201);
        for (Service s : List.of(Service.PRESS_RESPONSE, Service.REPORTING)) {
            SystemTests.eventually(s + " knows the agency", PROPAGATION, () ->
                    given().baseUri(url(s)).auth().oauth2(MONITOR).get("/api/v1/agencies/{id}", id).then().statusCode(200));
        }
        return id;
    }

    private static String register(UUID agency, Instant receivedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyId", agency);
        body.put("outletName", "Báo Kiên Giang");
        body.put("journalistName", "Lê Minh Tâm");
        body.put("introductionLetter", "Giấy giới thiệu số 45/GGT-BKG");
        body.put("channel", "OFFICIAL_LETTER");
        body.put("subject", "Kết quả sắp xếp đơn vị hành chính cấp xã");
        body.put("questions", List.of("Sau sắp xếp, tỉnh còn bao nhiêu xã, phường?"));
        body.put("receivedAt", receivedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        return given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR).contentType(ContentType.JSON).body(body)
                .post(INQUIRIES).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> notices(String inquiryId) {
        return TopicReader.readAll(stack.kafkaBootstrapServers(), "press.events.v1").stream()
                .filter(r -> inquiryId.equals(r.key()) && OVERDUE_TYPE.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    private static List<String> levels(String inquiryId) {
        return notices(inquiryId).stream().map(r -> r.value().contains("\"VERY_OVERDUE\"") ? "VERY_OVERDUE" : "OVERDUE").toList();
    }

    private static List<String> inboxEventIds(String token, Set<String> among) {
        List<String> ids = given().baseUri(url(Service.NOTIFICATION)).auth().oauth2(token).queryParam("size", 100)
                .get("/api/v1/inbox").then().statusCode(200).extract().path("items.eventId");
        return ids.stream().filter(among::contains).toList();
    }

    private static String url(Service service) {
        return stack.baseUrl(service).toString();
    }
}
