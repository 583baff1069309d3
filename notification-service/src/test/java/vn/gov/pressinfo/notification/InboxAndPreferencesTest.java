package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportDueSoon;
import vn.gov.pressinfo.testing.DevTokens;

@QuarkusTest
class InboxAndPreferencesTest {

    @Test
    void anOfficerReadsOnlyItsAgencyInboxAndMarksItemsRead() {
        UUID agency = Fixtures.agencyWithSpokesperson("inbox." + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.vn");
        UUID other = UUID.randomUUID();
        EventEnvelope envelope = Fixtures.publish(Events.REPORT_OVERDUE, Fixtures.reportOverdue(agency, "3003/STTTT"));
        await("inbox item", () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + envelope.id() + "'") == 2);
        String officer = DevTokens.agencyOfficer(agency);
        String id = given().auth().oauth2(officer).queryParam("unread", true).get("/api/v1/inbox").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        given().auth().oauth2(DevTokens.agencyOfficer(other)).post("/api/v1/inbox/" + id + "/read").then().statusCode(403);
        given().auth().oauth2(DevTokens.agencyOfficer(other)).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer).post("/api/v1/inbox/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        given().auth().oauth2(officer).queryParam("unread", true).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer).get("/api/v1/inbox").then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(officer).post("/api/v1/inbox/" + UUID.randomUUID() + "/read").then().statusCode(404);
        given().auth().oauth2(DevTokens.forRole("auditor")).get("/api/v1/inbox").then().statusCode(403);
        // The department's item is press-admin's.
        String departmentItem = given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("size", 100).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("items.find { it.eventId == '" + envelope.id() + "' }.id");
        assertThat(departmentItem).isNotNull();
        given().auth().oauth2(officer).post("/api/v1/inbox/" + departmentItem + "/read").then().statusCode(403);
    }

    @Test
    void theInboxReadsOnWithCursorsFromAnyPage() {
        UUID agency = UUID.randomUUID();
        String officer = DevTokens.agencyOfficer(agency);
        // seven items, three of them at the same instant: the id orders those, and a cursor must not skip or repeat one
        for (int i = 0; i < 7; i++) {
            String at = i < 3 ? "2026-08-01T02:00:00Z" : "2026-08-0" + (i - 1) + "T02:00:00Z";
            Fixtures.update("INSERT INTO inbox_item (id, audience, agency_id, event_id, event_type, title, summary, created_at) VALUES ('"
                    + UUID.randomUUID() + "', 'agency:" + agency + "', '" + agency + "', 'cursor-" + UUID.randomUUID() + "', "
                    + "'vn.gov.pressinfo.reporting.ReportOverdue.v1', 'Quá hạn " + i + "', 'Mục " + i + "', '" + at + "')");
        }
        List<String> byPage = given().auth().oauth2(officer).queryParam("size", 10).get("/api/v1/inbox")
                .then().statusCode(200).body("total", equalTo(7)).body("next", nullValue()).extract().jsonPath().getList("items.id");
        assertThat(byPage).hasSize(7).doesNotHaveDuplicates();

        var first = given().auth().oauth2(officer).queryParam("size", 3).get("/api/v1/inbox")
                .then().statusCode(200).body("total", equalTo(7)).body("next", notNullValue()).extract();
        List<String> read = new ArrayList<>(first.jsonPath().getList("items.id"));
        String next = first.jsonPath().getString("next");
        for (int guard = 0; next != null && guard < 10; guard++) {
            var page = given().auth().oauth2(officer).queryParam("size", 3).queryParam("after", next).get("/api/v1/inbox")
                    .then().statusCode(200).body("total", equalTo(7)).extract();
            read.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("after=" + next).contains("rel=\"next\"");
            }
        }
        assertThat(read).containsExactlyElementsOf(byPage);

        // the second page by number is the page after the first page's cursor
        List<String> second = given().auth().oauth2(officer).queryParam("size", 3).queryParam("page", 1).get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(second).containsExactlyElementsOf(byPage.subList(3, 6));
        given().auth().oauth2(officer).queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/inbox")
                .then().statusCode(400).body("errors.field", hasItem("after"));
    }

    @Test
    void notificationsTheLawRequiresCannotBeMutedByEmail() {
        UUID agency = UUID.randomUUID();
        for (String type : new String[] {Events.REPORT_OVERDUE.type(), Events.FALSE_INFO_FLAGGED.type(), Events.CORRECTION_OVERDUE.type()}) {
            given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                    .body("{\"eventType\": \"" + type + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                    .then().statusCode(422).body("errors[0].field", equalTo("eventType"));
        }
        given().auth().oauth2(DevTokens.forRole("press-admin")).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.CORRECTION_OVERDUE.type() + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                .then().statusCode(422);
        given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                .body("{\"eventType\": \"vn.gov.pressinfo.nothing.v1\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                .then().statusCode(422);
        given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.REPORT_DUE_SOON.type() + "\", \"channel\": \"SMS\"}").post("/api/v1/preferences")
                .then().statusCode(400);
        given().auth().oauth2(DevTokens.agencyOfficer(agency)).contentType(ContentType.JSON)
                .body("{\"channel\": \"EMAIL\"}").post("/api/v1/preferences").then().statusCode(400);
    }

    @Test
    void aMutedChannelIsNotDeliveredAndUnmutingRestoresIt() {
        String email = "mute." + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.vn";
        UUID agency = Fixtures.agencyWithSpokesperson(email);
        String officer = DevTokens.agencyOfficer(agency);
        String preference = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"eventType\": \"" + Events.REPORT_DUE_SOON.type() + "\", \"channel\": \"EMAIL\"}").post("/api/v1/preferences")
                .then().statusCode(201).body("audience", equalTo("agency:" + agency)).extract().path("id");
        given().auth().oauth2(officer).get("/api/v1/preferences").then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(DevTokens.agencyOfficer(UUID.randomUUID())).delete("/api/v1/preferences/" + preference).then().statusCode(403);

        EventEnvelope muted = Fixtures.publish(Events.REPORT_DUE_SOON, dueSoon(agency));
        await("inbox item of the muted event", () -> count("SELECT count(*) FROM inbox_item WHERE event_id = '" + muted.id()
                + "' AND audience = 'agency:" + agency + "'") == 1);
        assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + muted.id() + "' AND channel = 'EMAIL' AND agency_id = '"
                + agency + "'")).isZero();

        given().auth().oauth2(officer).delete("/api/v1/preferences/" + preference).then().statusCode(200);
        EventEnvelope unmuted = Fixtures.publish(Events.REPORT_DUE_SOON, dueSoon(agency));
        await("email of the unmuted event", () -> count("SELECT count(*) FROM delivery WHERE event_id = '" + unmuted.id()
                + "' AND channel = 'EMAIL' AND recipient = '" + email + "'") == 1);
    }

    private static ReportDueSoon dueSoon(UUID agency) {
        return new ReportDueSoon(UUID.randomUUID(), UUID.randomUUID(), agency, "Sở Y tế tỉnh Kiên Giang", "4004/STTTT",
                "Báo cáo quý III", LocalDate.of(2026, 9, 30), 3, Instant.now());
    }
}
