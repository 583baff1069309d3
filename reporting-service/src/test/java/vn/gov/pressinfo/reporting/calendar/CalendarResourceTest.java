package vn.gov.pressinfo.reporting.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.as;
import static vn.gov.pressinfo.reporting.Api.auditor;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void theShippedCalendarHasTetHungKingsDayAndTheSwappedSaturday() {
        auditor().queryParam("year", 2025).get("/api/v1/calendar/holidays").then().statusCode(200)
                .body("day", hasItems("2025-01-27", "2025-01-29", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-02"))
                .body("find { it.day == '2025-04-26' }.kind", equalTo("WORKING_DAY"))
                .body("find { it.day == '2025-01-29' }.source", equalTo("Thông báo 6150/TB-LĐTBXH"));
        auditor().queryParam("year", 2026).get("/api/v1/calendar/holidays").then().statusCode(200)
                .body("day", hasItems("2026-02-16", "2026-02-20", "2026-04-27"));
        auditor().queryParam("year", 2027).get("/api/v1/calendar/holidays").then().statusCode(200)
                .body("day", hasItem("2027-04-16"));
    }

    @Test
    void pressAdminMaintainsTheCalendarOthersCannot() {
        Map<String, String> body = Map.of("kind", "DAY_OFF", "name", "Nghỉ bù thử nghiệm", "source", "Thông báo thử nghiệm");
        as("agency-officer").body(body).put("/api/v1/calendar/holidays/2031-03-04").then().statusCode(403);
        auditor().body(body).put("/api/v1/calendar/holidays/2031-03-04").then().statusCode(403);
        admin().body(body).put("/api/v1/calendar/holidays/2031-03-04").then().statusCode(200)
                .body("day", equalTo("2031-03-04")).body("updatedBy", equalTo("press-admin-user"));
        auditor().queryParam("year", 2031).get("/api/v1/calendar/holidays").then().statusCode(200).body("day", hasItem("2031-03-04"));
        admin().delete("/api/v1/calendar/holidays/2031-03-04").then().statusCode(200).body("name", equalTo("Nghỉ bù thử nghiệm"));
        admin().delete("/api/v1/calendar/holidays/2031-03-04").then().statusCode(404);
    }

    @Test
    void badEntriesAreProblems() {
        // 2031-03-08 is a Saturday: already off, and a weekday cannot be a worked weekend day.
        admin().body(Map.of("kind", "DAY_OFF", "name", "x", "source", "y")).put("/api/v1/calendar/holidays/2031-03-08").then()
                .statusCode(422).body("errors[0].field", equalTo("kind"));
        admin().body(Map.of("kind", "WORKING_DAY", "name", "x", "source", "y")).put("/api/v1/calendar/holidays/2031-03-07").then()
                .statusCode(422);
        admin().body(Map.of("kind", "HOLIDAY", "name", "x", "source", "y")).put("/api/v1/calendar/holidays/2031-03-07").then().statusCode(400);
        admin().body(Map.of("kind", "DAY_OFF", "name", "", "source", "y")).put("/api/v1/calendar/holidays/2031-03-07").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        admin().body(Map.of("kind", "DAY_OFF", "name", "x", "source", "y")).put("/api/v1/calendar/holidays/not-a-date").then().statusCode(400);
        auditor().get("/api/v1/calendar/holidays").then().statusCode(400);
    }
}
