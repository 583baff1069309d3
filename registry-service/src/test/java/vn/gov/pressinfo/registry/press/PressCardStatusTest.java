package vn.gov.pressinfo.registry.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.createAgency;
import static vn.gov.pressinfo.registry.Api.marker;
import static vn.gov.pressinfo.registry.Api.officerOf;
import static vn.gov.pressinfo.registry.press.PressAgencyResourceTest.createPressAgency;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.testing.TopicReader;

/** Suspension (tạm đình chỉ), revocation (thu hồi) and reinstatement of press cards, and what they publish. */
@QuarkusTest
class PressCardStatusTest {

    private static final String CHANGED = "vn.gov.pressinfo.registry.PressCardChanged.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String cards(String number, String action) {
        return "/api/v1/press-cards/" + number + "/" + action;
    }

    private static Map<String, Object> decision(String decision, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private static String newCard(String pressAgency, String validUntil) {
        String number = "KG-" + marker().toUpperCase(Locale.ROOT);
        admin().body(Map.of("number", number, "holderName", "Lê Minh Tâm", "pressAgencyId", pressAgency, "validUntil", validUntil))
                .post("/api/v1/press-cards").then().statusCode(201).body("status", equalTo("ACTIVE"));
        return number;
    }

    private List<JsonNode> events(String pressAgency, String number, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Topics.REGISTRY_SPOKESPERSONS,
                r -> pressAgency.equals(r.key()) && CHANGED.equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains("\"number\":\"" + number + "\""), count, Duration.ofSeconds(20));
        records.forEach(r -> assertThat(TopicReader.header(r, "ce_subject")).isEqualTo(pressAgency));
        return records.stream().map(r -> {
            try {
                return EventJson.mapper().readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void suspendReinstateAndRevokeACardAndVerificationSaysSo() {
        String pressAgency = createPressAgency("Báo Kiên Giang", "PRINT");
        String number = newCard(pressAgency, "2999-12-31");
        String verification = cards(number, "verification");

        admin().body(decision("Quyết định 12/QĐ-BVHTTDL", "Tạm đình chỉ 3 tháng")).post(cards(number.toLowerCase(Locale.ROOT), "suspension"))
                .then().statusCode(200)
                .body("number", equalTo(number))
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Quyết định 12/QĐ-BVHTTDL"))
                .body("statusNote", equalTo("Tạm đình chỉ 3 tháng"))
                .body("statusChangedBy", equalTo("press-admin-user"));
        anonymous().get(verification).then().statusCode(200).body("status", equalTo("suspended"))
                .body("holder", equalTo("Lê Minh Tâm")).body("pressAgency", equalTo("Báo Kiên Giang"));
        admin().get("/api/v1/press-cards/" + number).then().body("status", equalTo("SUSPENDED"));

        admin().body(decision("Quyết định 40/QĐ-BVHTTDL", null)).post(cards(number, "reinstatement")).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue());
        anonymous().get(verification).then().statusCode(200).body("status", equalTo("valid"));

        admin().body(decision("Quyết định thu hồi thẻ nhà báo số 25/QĐ-BVHTTDL", null)).post(cards(number, "revocation"))
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("Quyết định thu hồi thẻ nhà báo số 25/QĐ-BVHTTDL"));
        anonymous().get(verification).then().statusCode(200).body("status", equalTo("revoked"))
                .body("validUntil", equalTo("2999-12-31"));

        List<JsonNode> events = events(pressAgency, number, 4);
        assertThat(events).extracting(e -> e.get("status").asText()).containsExactly("ACTIVE", "SUSPENDED", "ACTIVE", "REVOKED");
        assertThat(events).extracting(e -> e.get("statusReason").isNull() ? null : e.get("statusReason").asText())
                .containsExactly(null, "Quyết định 12/QĐ-BVHTTDL", null, "Quyết định thu hồi thẻ nhà báo số 25/QĐ-BVHTTDL");
        JsonNode revoked = events.get(3);
        assertThat(revoked.get("holderName").asText()).isEqualTo("Lê Minh Tâm");
        assertThat(revoked.get("pressAgencyId").asText()).isEqualTo(pressAgency);
        assertThat(revoked.get("pressAgencyName").asText()).isEqualTo("Báo Kiên Giang");
        assertThat(revoked.get("validUntil").asText()).isEqualTo("2999-12-31");
        assertThat(revoked.get("changedBy").asText()).isEqualTo("press-admin-user");
        assertThat(revoked.get("changedAt").asText()).endsWith("Z");
    }

    @Test
    void aSuspendedCardCanBeRevokedAndAnExpiredRevokedCardIsStillRevoked() {
        String pressAgency = createPressAgency("Báo Thanh Niên", "ONLINE");
        String number = newCard(pressAgency, "2020-12-31");
        anonymous().get(cards(number, "verification")).then().body("status", equalTo("expired"));

        admin().body(decision("Quyết định 13/QĐ-BVHTTDL", null)).post(cards(number, "suspension")).then().statusCode(200);
        anonymous().get(cards(number, "verification")).then().body("status", equalTo("suspended"));
        admin().body(decision("Quyết định 14/QĐ-BVHTTDL", null)).post(cards(number, "revocation")).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        anonymous().get(cards(number, "verification")).then().body("status", equalTo("revoked"));

        assertThat(events(pressAgency, number, 3)).extracting(e -> e.get("status").asText())
                .containsExactly("ACTIVE", "SUSPENDED", "REVOKED");
    }

    @Test
    void changesThatMakeNoSenseAre409NamingTheStatusAndChangeNothing() {
        String pressAgency = createPressAgency("Báo Nhân Dân", "PRINT");
        String number = newCard(pressAgency, "2999-12-31");

        admin().body(decision("Quyết định 1/QĐ", null)).post(cards(number, "reinstatement")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("ACTIVE"));
        admin().body(decision("Quyết định 2/QĐ", null)).post(cards(number, "suspension")).then().statusCode(200);
        admin().body(decision("Quyết định 3/QĐ", null)).post(cards(number, "suspension")).then().statusCode(409)
                .body("detail", containsString("SUSPENDED"));
        admin().body(decision("Quyết định 4/QĐ", null)).post(cards(number, "revocation")).then().statusCode(200);
        for (String action : new String[] {"suspension", "revocation", "reinstatement"}) {
            admin().body(decision("Quyết định 5/QĐ", null)).post(cards(number, action)).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("REVOKED"));
        }
        admin().get("/api/v1/press-cards/" + number).then().body("status", equalTo("REVOKED"))
                .body("statusReason", equalTo("Quyết định 4/QĐ"));
        assertThat(events(pressAgency, number, 3)).extracting(e -> e.get("status").asText())
                .containsExactly("ACTIVE", "SUSPENDED", "REVOKED");
    }

    @Test
    void anUnknownCardIs404AndABlankDecisionIsAProblemNamingTheField() {
        String unknown = "KG-" + marker().toUpperCase(Locale.ROOT);
        for (String action : new String[] {"suspension", "revocation", "reinstatement"}) {
            admin().body(decision("Quyết định 12/QĐ-BVHTTDL", null)).post(cards(unknown, action)).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString(unknown));
        }
        String pressAgency = createPressAgency("Báo Tuổi Trẻ", "PRINT");
        String number = newCard(pressAgency, "2999-12-31");
        // the platform answers Bean Validation failures with 400 and errors[] (ConstraintViolationMapper)
        for (Map<String, Object> body : List.of(decision("   ", null), decision("", "ghi chú"), Map.<String, Object>of("note", "x"),
                decision("x".repeat(501), null))) {
            admin().body(body).post(cards(number, "suspension")).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                    .body("errors.field", hasItem("decision"));
        }
        admin().urlEncodingEnabled(false).body(decision("Quyết định", null)).post(cards("HN_1", "suspension")).then().statusCode(400);
        admin().get("/api/v1/press-cards/" + number).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyThePressManagementDepartmentChangesAStatus() {
        String pressAgency = createPressAgency("Báo Lao Động", "PRINT");
        String number = newCard(pressAgency, "2999-12-31");
        String officerAgency = createAgency("Sở Tư pháp");
        for (String action : new String[] {"suspension", "revocation", "reinstatement"}) {
            officerOf(officerAgency).body(decision("Quyết định", null)).post(cards(number, action)).then().statusCode(403)
                    .contentType("application/problem+json");
            for (String role : new String[] {"auditor", "press-monitor", "system"}) {
                as(role).body(decision("Quyết định", null)).post(cards(number, action)).then().statusCode(403);
            }
            anonymous().body(decision("Quyết định", null)).post(cards(number, action)).then().statusCode(401);
        }
        admin().get("/api/v1/press-cards/" + number).then().body("status", equalTo("ACTIVE"));
    }
}
