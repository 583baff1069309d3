package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.testing.DevTokens;

/** Routing rules, department recipients and subscriptions as press-admin manages them. */
@QuarkusTest
class AdministrationTest {

    private static final String ADMIN = DevTokens.forRole("press-admin");

    @Test
    void defaultRulesAreShippedAndCanBeChanged() {
        given().auth().oauth2(ADMIN).get("/api/v1/routing-rules").then().statusCode(200)
                .body("size()", equalTo(Events.ALL.size()))
                .body("find { it.eventType == '" + Events.REPORT_OVERDUE.type() + "' }.recipientKinds",
                        containsInAnyOrder("AGENCY", "DEPARTMENT", "SUBSCRIBERS"))
                .body("find { it.eventType == '" + Events.CORRECTION_OVERDUE.type() + "' }.recipientKinds",
                        containsInAnyOrder("DEPARTMENT", "SUBSCRIBERS"))
                .body("find { it.eventType == '" + Events.AUTHORIZATION_EXPIRED.type() + "' }.recipientKinds",
                        containsInAnyOrder("AGENCY", "SUBSCRIBERS"));
        String type = Events.REPORT_SUBMITTED.type();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"recipientKinds\": [\"DEPARTMENT\", \"SUBSCRIBERS\"]}")
                .put("/api/v1/routing-rules/" + type).then().statusCode(200).body("recipientKinds", containsInAnyOrder("DEPARTMENT", "SUBSCRIBERS"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"recipientKinds\": [\"SUBSCRIBERS\"]}")
                .put("/api/v1/routing-rules/" + type).then().statusCode(200).body("recipientKinds", containsInAnyOrder("SUBSCRIBERS"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"recipientKinds\": [\"EVERYONE\"]}")
                .put("/api/v1/routing-rules/" + type).then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}").put("/api/v1/routing-rules/" + type).then().statusCode(400);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"recipientKinds\": []}")
                .put("/api/v1/routing-rules/vn.gov.pressinfo.nothing.v1").then().statusCode(404);
        given().auth().oauth2(DevTokens.forRole("auditor")).contentType(ContentType.JSON).body("{\"recipientKinds\": []}")
                .put("/api/v1/routing-rules/" + type).then().statusCode(403);
    }

    @Test
    void departmentRecipientsAreRecordedPerKnownAgency() {
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200)
                .body("[0].email", equalTo("phongbaochi@stttt.test.gov.vn")).body("[0].origin", equalTo("CONFIGURATION"));
        UUID agency = Fixtures.agency("Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang");
        UUID other = Fixtures.agency("Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang");
        String email = "lan.pt." + UUID.randomUUID().toString().substring(0, 6) + "@svhttdl.kiengiang.gov.vn";
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"agencyId\": \"" + agency + "\", \"email\": \"" + email + "\", \"fullName\": \"Phạm Thị Lan\"}")
                .post("/api/v1/department-recipients").then().statusCode(201).body("origin", equalTo("DATABASE"))
                .body("agencyId", equalTo(agency.toString())).body("agencyName", equalTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang"))
                .extract().path("id");
        String second = null;
        try {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"agencyId\": \"" + agency + "\", \"email\": \"" + email.toUpperCase() + "\"}")
                    .post("/api/v1/department-recipients").then().statusCode(409);
            // The same officer may be recorded for another agency (the old and the new holder of the role).
            second = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"agencyId\": \"" + other + "\", \"email\": \"" + email + "\"}")
                    .post("/api/v1/department-recipients").then().statusCode(201).extract().path("id");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"email\": \"" + email + "\"}")
                    .post("/api/v1/department-recipients").then().statusCode(400).body("errors[0].field", equalTo("agencyId"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"agencyId\": \"" + UUID.randomUUID() + "\", \"email\": \"" + email + "\"}")
                    .post("/api/v1/department-recipients").then().statusCode(422).body("errors[0].field", equalTo("agencyId"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"agencyId\": \"" + agency + "\", \"email\": \"not-an-email\"}")
                    .post("/api/v1/department-recipients").then().statusCode(400).body("errors[0].field", equalTo("email"));
            given().auth().oauth2(ADMIN).queryParam("agencyId", agency.toString()).get("/api/v1/department-recipients").then().statusCode(200)
                    .body("id", contains(id));
            // While the registry has published no department role, the configured addresses stay in effect.
            given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200).body("[0].origin", equalTo("CONFIGURATION"));
            given().auth().oauth2(DevTokens.agencyOfficer(agency)).get("/api/v1/department-recipients").then().statusCode(403);
        } finally {
            given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + id).then().statusCode(200);
            if (second != null) {
                given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + second).then().statusCode(200);
            }
        }
        given().auth().oauth2(ADMIN).queryParam("agencyId", agency.toString()).get("/api/v1/department-recipients").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void subscriptionsAreValidatedAndNeverShowTheirSecret() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"ftp://example.gov.vn/x\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"], \"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/subscriptions").then().statusCode(422).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": [\"nope\"], \"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/subscriptions").then().statusCode(422).body("errors[0].field", equalTo("eventTypes"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"], \"secret\": \"short\"}")
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("secret"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"]}")
                .post("/api/v1/subscriptions").then().statusCode(422).body("errors[0].field", equalTo("secret"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": []}")
                .post("/api/v1/subscriptions").then().statusCode(400);
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": [\"" + Events.REPORT_OVERDUE.type() + "\"],"
                        + " \"secret\": \"0123456789abcdef\", \"active\": false}")
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String body = given().auth().oauth2(ADMIN).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .body("active", equalTo(false)).extract().asString();
        assertThat(body).doesNotContain("0123456789abcdef").doesNotContain("secret");
        given().auth().oauth2(ADMIN).get("/api/v1/subscriptions").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(DevTokens.agencyOfficer(UUID.randomUUID())).get("/api/v1/subscriptions").then().statusCode(403);
        given().auth().oauth2(ADMIN).get("/api/v1/subscriptions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void valuesLongerThanTheDocumentedBoundsAreRejectedAs400() {
        String longType = "vn.gov.pressinfo." + "x".repeat(200) + ".v1"; // eventType: maxLength 200
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"recipientKinds\": []}")
                .put("/api/v1/routing-rules/" + longType).then().statusCode(400).body("errors[0].field", containsString("eventType"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://example.gov.vn/x\", \"eventTypes\": [\"" + longType + "\"], \"secret\": \"0123456789abcdef\"}")
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", containsString("eventTypes"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"eventType\": \"" + longType + "\", \"channel\": \"EMAIL\"}")
                .post("/api/v1/preferences").then().statusCode(400).body("errors[0].field", containsString("eventType"));
    }
}
