package vn.gov.pressinfo.registry.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.createAgency;
import static vn.gov.pressinfo.registry.Api.officerOf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TrainingResourceTest {

    private static Map<String, Object> training(String title, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("date", date);
        body.put("organizer", "Sở Văn hóa, Thể thao và Du lịch");
        body.put("location", "Hội trường Ủy ban nhân dân tỉnh, Rạch Giá");
        return body;
    }

    private static Map<String, Object> attendee(String agencyId, String fullName, String attendedAs) {
        return Map.of("agencyId", agencyId, "fullName", fullName, "title", "Phó Giám đốc Sở", "attendedAs", attendedAs);
    }

    private static String createTraining(String title, String date) {
        return admin().body(training(title, date)).post("/api/v1/trainings").then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsSessionsAndListsThemNewestFirstByPeriod() {
        // a year of its own so that other tests' sessions do not interfere
        String early = createTraining("Tập huấn kỹ năng phát ngôn đợt 1", "2041-03-10");
        var withDescription = training("Bồi dưỡng nghiệp vụ cung cấp thông tin cho báo chí", "2041-09-20");
        withDescription.put("description", "Nghị định 09/2017/NĐ-CP");
        String late = admin().body(withDescription).post("/api/v1/trainings").then().statusCode(201)
                .header("Location", containsString("/api/v1/trainings/"))
                .body("date", equalTo("2041-09-20"))
                .body("organizer", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("description", equalTo("Nghị định 09/2017/NĐ-CP"))
                .body("createdBy", equalTo("press-admin-user"))
                .extract().path("id");
        createTraining("Tập huấn năm sau", "2042-01-05");

        admin().queryParam("from", "2041-01-01").queryParam("to", "2041-12-31").get("/api/v1/trainings").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(late, early))
                .header("Link", containsString("rel=\"first\""));
        admin().queryParam("from", "2041-01-01").queryParam("to", "2041-12-31").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/trainings").then().body("items.id", contains(early));
        admin().get("/api/v1/trainings/" + early).then().statusCode(200).body("title", equalTo("Tập huấn kỹ năng phát ngôn đợt 1"));
        admin().get("/api/v1/trainings/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        admin().queryParam("from", "2041-12-31").queryParam("to", "2041-01-01").get("/api/v1/trainings").then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void attendancePublishesTrainingAttended() {
        String session = createTraining("Tập huấn kỹ năng phát ngôn 2026", "2026-04-09");
        String agency = createAgency("Sở Nội vụ");
        admin().body(attendee(agency, "Đỗ Thị Lan", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees").then().statusCode(201);
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        var records = vn.gov.pressinfo.testing.TopicReader.await(bootstrap, vn.gov.pressinfo.events.Topics.REGISTRY_SPOKESPERSONS,
                r -> agency.equals(r.key()) && vn.gov.pressinfo.events.Events.TRAINING_ATTENDED.type()
                        .equals(vn.gov.pressinfo.testing.TopicReader.header(r, "ce_type")), 1, java.time.Duration.ofSeconds(20));
        org.assertj.core.api.Assertions.assertThat(records).hasSize(1);
        var event = vn.gov.pressinfo.events.EventJson.read(records.get(0).value(), vn.gov.pressinfo.events.registry.TrainingAttended.class);
        org.assertj.core.api.Assertions.assertThat(event.trainingId().toString()).isEqualTo(session);
        org.assertj.core.api.Assertions.assertThat(event.agencyName()).isEqualTo("Sở Nội vụ");
        org.assertj.core.api.Assertions.assertThat(event.fullName()).isEqualTo("Đỗ Thị Lan");
        org.assertj.core.api.Assertions.assertThat(event.attendedAs()).isEqualTo("SUBSTITUTE");
        org.assertj.core.api.Assertions.assertThat(event.heldOn()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void recordsAttendanceOncePerPersonAndOneSpokespersonPerAgency() {
        String session = createTraining("Tập huấn phát ngôn 2025", "2025-06-12");
        String tourism = createAgency("Sở Văn hóa, Thể thao và Du lịch");
        String health = createAgency("Sở Y tế");

        admin().body(attendee(tourism, "Nguyễn Văn An", "SPOKESPERSON")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201)
                .body("agencyId", equalTo(tourism))
                .body("trainingId", equalTo(session))
                .body("attendedAs", equalTo("SPOKESPERSON"))
                .body("recordedBy", equalTo("press-admin-user"));
        admin().body(attendee(tourism, "Trần Thị Hoa", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);
        admin().body(attendee(health, "Lê Văn Bình", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);

        // the same person again, whatever the case and accents, and a second spokesperson: 409, nothing written
        admin().body(attendee(tourism, "nguyen  van AN", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("https://pressinfo.gov.vn/problems/conflict"));
        admin().body(attendee(tourism, "Phạm Minh Đức", "SPOKESPERSON")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(409);
        // the same name for another agency is another person
        admin().body(attendee(health, "Nguyễn Văn An", "SPOKESPERSON")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);

        admin().get("/api/v1/trainings/" + session + "/attendees").then().statusCode(200)
                .body("fullName", contains("Nguyễn Văn An", "Trần Thị Hoa", "Lê Văn Bình", "Nguyễn Văn An"));

        String substituteOnly = createTraining("Tập huấn xử lý thông tin sai sự thật", "2025-09-01");
        admin().body(attendee(tourism, "Trần Thị Hoa", "SUBSTITUTE")).post("/api/v1/trainings/" + substituteOnly + "/attendees")
                .then().statusCode(201);
        admin().get("/api/v1/agencies/" + tourism + "/trainings").then().statusCode(200)
                .body("training.id", contains(substituteOnly, session))
                .body("spokespersonAttended", contains(false, true))
                .body("[1].attendees.fullName", containsInAnyOrder("Nguyễn Văn An", "Trần Thị Hoa"))
                .body("[1].attendees.agencyId", everyItem(equalTo(tourism)));
        admin().get("/api/v1/agencies/" + health + "/trainings").then()
                .body("", hasSize(1)).body("[0].spokespersonAttended", equalTo(true)).body("[0].attendees", hasSize(2));
        admin().get("/api/v1/agencies/" + createAgency("Sở chưa tập huấn") + "/trainings").then().statusCode(200).body("", hasSize(0));
        admin().get("/api/v1/agencies/" + UUID.randomUUID() + "/trainings").then().statusCode(404);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        admin().body(Map.of("title", " ")).post("/api/v1/trainings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "date", "organizer", "location"));
        String session = createTraining("Tập huấn kiểm thử", "2025-05-05");
        String agency = createAgency("Sở Khoa học và Công nghệ");
        String attendees = "/api/v1/trainings/" + session + "/attendees";

        admin().body(Map.of("agencyId", agency)).post(attendees).then().statusCode(400)
                .body("errors.field", hasItems("fullName", "title", "attendedAs"));
        admin().body(Map.of("agencyId", agency, "fullName", "Võ Thị Lan", "title", "Chánh Văn phòng", "attendedAs", "DEPUTY"))
                .post(attendees).then().statusCode(400).body("errors[0].field", equalTo("attendedAs"))
                .body("errors[0].message", containsString("SPOKESPERSON"));
        admin().body(attendee(UUID.randomUUID().toString(), "Võ Thị Lan", "SUBSTITUTE")).post(attendees).then().statusCode(422)
                .body("errors[0].field", equalTo("agencyId"));
        admin().body(attendee(agency, "Võ Thị Lan", "SUBSTITUTE")).post("/api/v1/trainings/" + UUID.randomUUID() + "/attendees")
                .then().statusCode(404).contentType("application/problem+json");
        admin().body(Map.of("agencyId", agency, "fullName", "x".repeat(1_100_000))).post(attendees).then().statusCode(413);
        admin().get(attendees).then().body("", hasSize(0));
    }

    @Test
    void anAgencyOfficerRecordsAndSeesOnlyItsOwnAgencysAttendance() {
        String session = createTraining("Tập huấn cho người phát ngôn cấp xã", "2025-10-10");
        String own = createAgency("Ủy ban nhân dân xã Tân Hiệp");
        String other = createAgency("Ủy ban nhân dân xã Vĩnh Hòa");
        admin().body(attendee(other, "Đặng Văn Tú", "SPOKESPERSON")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);

        officerOf(own).body(attendee(own, "Huỳnh Thị Mai", "SPOKESPERSON")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);
        officerOf(own).body(attendee(other, "Huỳnh Thị Mai", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(403).contentType("application/problem+json");
        officerOf(own).get("/api/v1/trainings/" + session + "/attendees").then().statusCode(200)
                .body("agencyId", contains(own));
        officerOf(own).get("/api/v1/agencies/" + own + "/trainings").then().statusCode(200).body("", hasSize(1));
        officerOf(own).get("/api/v1/agencies/" + other + "/trainings").then().statusCode(403);
        officerOf(own).body(training("Tập huấn tự tổ chức", "2025-10-11")).post("/api/v1/trainings").then().statusCode(403);
        officerOf(own).get("/api/v1/trainings/" + session).then().statusCode(200);
        officerOf(own).get("/api/v1/trainings").then().statusCode(200);
        admin().get("/api/v1/trainings/" + session + "/attendees").then().body("agencyId", contains(other, own));
    }

    @Test
    void readOnlyRolesReadAndAnonymousCallersAreRefused() {
        String session = createTraining("Tập huấn năm 2024", "2024-04-04");
        String agency = createAgency("Sở Lao động");
        for (String role : new String[] {"auditor", "press-monitor"}) {
            as(role).get("/api/v1/trainings").then().statusCode(200);
            as(role).get("/api/v1/trainings/" + session).then().statusCode(200);
            as(role).get("/api/v1/trainings/" + session + "/attendees").then().statusCode(200);
            as(role).get("/api/v1/agencies/" + agency + "/trainings").then().statusCode(200);
            as(role).body(training("Không được", "2024-04-05")).post("/api/v1/trainings").then().statusCode(403);
            as(role).body(attendee(agency, "Ngô Văn Hải", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                    .then().statusCode(403);
        }
        as("system").body(attendee(agency, "Ngô Văn Hải", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees")
                .then().statusCode(201);
        as("system").body(training("Tập huấn do hệ thống ghi", "2024-04-05")).post("/api/v1/trainings").then().statusCode(201);

        anonymous().get("/api/v1/trainings").then().statusCode(401).contentType("application/problem+json");
        anonymous().body(training("Ẩn danh", "2024-04-05")).post("/api/v1/trainings").then().statusCode(401);
        anonymous().get("/api/v1/trainings/" + session).then().statusCode(401);
        anonymous().get("/api/v1/trainings/" + session + "/attendees").then().statusCode(401);
        anonymous().body(attendee(agency, "Ẩn Danh", "SUBSTITUTE")).post("/api/v1/trainings/" + session + "/attendees").then().statusCode(401);
        anonymous().get("/api/v1/agencies/" + agency + "/trainings").then().statusCode(401);
        admin().get("/api/v1/trainings/" + session + "/attendees").then().body("", hasSize(1));
    }
}
