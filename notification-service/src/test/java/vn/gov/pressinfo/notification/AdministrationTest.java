package vn.gov.pressinfo.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.pressinfo.notification.Fixtures.await;
import static vn.gov.pressinfo.notification.Fixtures.count;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.pressinfo.events.EventEnvelope;
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
    void recordedDepartmentRecipientsReplaceTheConfiguredOnes() {
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200)
                .body("[0].email", equalTo("phongbaochi@stttt.test.gov.vn")).body("[0].origin", equalTo("CONFIGURATION"));
        String email = "lan.pt." + UUID.randomUUID().toString().substring(0, 6) + "@stttt.kiengiang.gov.vn";
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"fullName\": \"Phạm Thị Lan\"}").post("/api/v1/department-recipients")
                .then().statusCode(201).body("origin", equalTo("DATABASE")).extract().path("id");
        try {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"email\": \"" + email.toUpperCase() + "\"}")
                    .post("/api/v1/department-recipients").then().statusCode(409);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"email\": \"not-an-email\"}")
                    .post("/api/v1/department-recipients").then().statusCode(400).body("errors[0].field", equalTo("email"));
            EventEnvelope envelope = Fixtures.publish(Events.CORRECTION_OVERDUE, new vn.gov.pressinfo.events.press.CorrectionOverdue(
                    UUID.randomUUID(), UUID.randomUUID(), "Sở Y tế", "Báo Tin Nhanh", "ONLINE", "https://tinnhanh.example.vn/2",
                    java.time.Instant.now(), java.time.Instant.now()));
            await("email to the recorded recipient", () -> !MailSink.to(email).isEmpty());
            assertThat(MailSink.to(email).get(0).getSubject()).isEqualTo("[PressInfo] Quá hạn cải chính: Báo Tin Nhanh");
            assertThat(count("SELECT count(*) FROM delivery WHERE event_id = '" + envelope.id() + "' AND channel = 'EMAIL'")).isEqualTo(1);
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        } finally {
            given().auth().oauth2(ADMIN).delete("/api/v1/department-recipients/" + id).then().statusCode(200);
        }
        given().auth().oauth2(ADMIN).get("/api/v1/department-recipients").then().statusCode(200).body("[0].origin", equalTo("CONFIGURATION"));
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
}
