package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * The suite has one working-day calendar: reporting-service owns it, and a day off that press-admin records there
 * reaches press-response-service through reporting.calendar.v1, so a press case registered afterwards is due one
 * working day later. Runs the packaged services as separate processes against real PostgreSQL and Kafka; the
 * services use the real clock, so the day off is picked inside the current verification window.
 */
class CalendarFlowIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String MONITOR = DevTokens.forRole("press-monitor");

    private static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-calendar-flow-");
        stack = SystemTests.startStack(dataDir);
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "calendar-flow-logs");
    }

    @Test
    void aDayOffRecordedInReportingMovesTheDueDateOfCasesRegisteredAfterwardsInPressResponse() throws Exception {
        // The calendar reporting-service ships reaches press-response-service on first start (its migration publishes it).
        long shipped = count(Service.REPORTING, "SELECT count(*) FROM calendar_day");
        assertThat(shipped).isGreaterThan(30);
        SystemTests.eventually("press-response-service has the shipped calendar", PROPAGATION,
                () -> assertThat(count(Service.PRESS_RESPONSE, "SELECT count(*) FROM calendar_day_reference")).isEqualTo(shipped));

        UUID agencyId = createAgency("Sở Tài chính");
        SystemTests.eventually("press-response-service knows the agency", PROPAGATION, () ->
                given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR)
                        .when().get("/api/v1/agencies/{id}", agencyId).then().statusCode(200));

        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate dueBefore = LocalDate.parse(register(agencyId));
        // A weekday that counts in that window: made a day off, it shifts the fifth working day by one.
        LocalDate dayOff = dueBefore;
        while (dayOff.getDayOfWeek() == DayOfWeek.SATURDAY || dayOff.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dayOff = dayOff.minusDays(1);
        }
        assertThat(dayOff).isAfter(today);

        given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("kind", "DAY_OFF", "name", "Nghỉ bù (kiểm thử hệ thống)", "source", "Thông báo kiểm thử"))
                .when().put("/api/v1/calendar/holidays/{day}", dayOff.toString())
                .then().statusCode(200);
        String day = dayOff.toString();
        SystemTests.eventually("press-response-service has the day off", PROPAGATION, () -> assertThat(count(Service.PRESS_RESPONSE,
                "SELECT count(*) FROM calendar_day_reference WHERE day = ?::date AND kind = 'DAY_OFF'", day)).isEqualTo(1));

        assertThat(LocalDate.now(VIETNAM)).as("the test ran across midnight").isEqualTo(today);
        LocalDate dueAfter = LocalDate.parse(register(agencyId));
        assertThat(dueAfter).isEqualTo(nextWorkingDay(dueBefore));

        // Removed again in reporting-service: the next case is due as before.
        given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN)
                .when().delete("/api/v1/calendar/holidays/{day}", day).then().statusCode(200);
        SystemTests.eventually("press-response-service has the day back", PROPAGATION, () -> assertThat(count(Service.PRESS_RESPONSE,
                "SELECT count(*) FROM calendar_day_reference WHERE day = ?::date AND kind = 'ORDINARY'", day)).isEqualTo(1));
        assertThat(LocalDate.parse(register(agencyId))).isEqualTo(dueBefore);
    }

    /** The first working day after {@code day} by reporting-service's calendar (the source of truth). */
    private static LocalDate nextWorkingDay(LocalDate day) {
        Map<LocalDate, String> exceptions = new HashMap<>();
        for (int year : List.of(day.getYear(), day.getYear() + 1)) {
            List<Map<String, String>> entries = given().baseUri(url(Service.REPORTING)).auth().oauth2(MONITOR)
                    .queryParam("year", year).when().get("/api/v1/calendar/holidays")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            entries.forEach(e -> exceptions.put(LocalDate.parse(e.get("day")), e.get("kind")));
        }
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d, exceptions)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isWorkingDay(LocalDate d, Map<LocalDate, String> exceptions) {
        String kind = exceptions.get(d);
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return "WORKING_DAY".equals(kind) || !weekend && !"DAY_OFF".equals(kind);
    }

    /** Registers a press item about the agency in press-response-service; returns the case's verification due date. */
    private static String register(UUID agencyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("outletName", "Báo Điện tử ABC");
        body.put("medium", "ONLINE");
        body.put("url", "https://baoabc.vn/tin-" + UUID.randomUUID() + ".html");
        body.put("title", "Tin đồn về ngân sách tỉnh");
        body.put("publishedAt", "2026-01-05T23:10:00Z");
        body.put("excerpt", "Bài viết cho rằng ngân sách tỉnh bị thất thoát.");
        body.put("concernedAgencyId", agencyId.toString());
        body.put("topic", "HEALTH");
        body.put("sensitivity", "HOT");
        body.put("source", "MONITORING");
        return given().baseUri(url(Service.PRESS_RESPONSE)).auth().oauth2(MONITOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/press-items")
                .then().statusCode(201).extract().path("verificationDueDate");
    }

    private static UUID createAgency(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", name);
        body.put("type", "DEPARTMENT");
        body.put("validFrom", "2020-01-01");
        return UUID.fromString(given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN)
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/agencies")
                .then().statusCode(201).extract().path("id"));
    }

    private static long count(Service service, String sql, String... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(service), LocalStack.DB_USER, LocalStack.DB_PASSWORD);
                PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String url(Service service) {
        return stack.baseUrl(service).toString();
    }
}
