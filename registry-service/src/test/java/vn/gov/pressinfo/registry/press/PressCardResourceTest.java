package vn.gov.pressinfo.registry.press;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.createAgency;
import static vn.gov.pressinfo.registry.Api.marker;
import static vn.gov.pressinfo.registry.Api.officerOf;
import static vn.gov.pressinfo.registry.press.PressAgencyResourceTest.createPressAgency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.registry.MutableClock;

@QuarkusTest
class PressCardResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String newNumber() {
        return "KG-" + marker().toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> card(String number, String holder, String pressAgencyId, String validUntil) {
        return Map.of("number", number, "holderName", holder, "pressAgencyId", pressAgencyId, "validUntil", validUntil);
    }

    @Test
    void recordsCardsWithUpperCaseNumbersAndFindsThemInAnyCase() {
        String pressAgency = createPressAgency("Báo Kiên Giang", "PRINT");
        String number = newNumber();
        admin().body(card(number.toLowerCase(Locale.ROOT), "Lê Minh Tâm", pressAgency, "2025-12-31")).post("/api/v1/press-cards")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/press-cards/" + number))
                .body("number", equalTo(number))
                .body("holderName", equalTo("Lê Minh Tâm"))
                .body("pressAgencyId", equalTo(pressAgency))
                .body("createdBy", equalTo("press-admin-user"));
        admin().body(card(newNumber(), "Nguyễn Thị Thu", pressAgency, "2026-06-30")).post("/api/v1/press-cards").then().statusCode(201);

        admin().get("/api/v1/press-cards/" + number.toLowerCase(Locale.ROOT)).then().statusCode(200)
                .body("number", equalTo(number)).body("validUntil", equalTo("2025-12-31"));
        admin().queryParam("pressAgencyId", pressAgency).get("/api/v1/press-cards").then().statusCode(200)
                .body("total", equalTo(2)).header("Link", containsString("rel=\"first\""));
        admin().queryParam("pressAgencyId", pressAgency).queryParam("q", "le minh TAM").get("/api/v1/press-cards").then()
                .body("items.number", contains(number));
        admin().get("/api/v1/press-cards/" + newNumber()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void duplicatesUnknownPressAgenciesAndMalformedNumbersAreProblemsAndWriteNothing() {
        String pressAgency = createPressAgency("Báo Thanh Niên", "ONLINE");
        String number = newNumber();
        admin().body(card(number, "Võ Văn Kiệt", pressAgency, "2025-12-31")).post("/api/v1/press-cards").then().statusCode(201);

        admin().body(card(number.toLowerCase(Locale.ROOT), "Người khác", pressAgency, "2027-12-31")).post("/api/v1/press-cards")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(number));
        admin().body(card(newNumber(), "Võ Văn Kiệt", UUID.randomUUID().toString(), "2025-12-31")).post("/api/v1/press-cards")
                .then().statusCode(422).body("errors[0].field", equalTo("pressAgencyId"));
        for (String malformed : new String[] {"HN 12345", "HN--1", "-HN1", "HN_1", "X".repeat(51), ""}) {
            admin().body(card(malformed, "Võ Văn Kiệt", pressAgency, "2025-12-31")).post("/api/v1/press-cards")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("number"));
        }
        admin().body(Map.of("number", newNumber())).post("/api/v1/press-cards").then().statusCode(400)
                .body("errors.field", hasItem("holderName")).body("errors.field", hasItem("pressAgencyId"))
                .body("errors.field", hasItem("validUntil"));
        admin().body(Map.of("holderName", "x".repeat(1_100_000))).post("/api/v1/press-cards").then().statusCode(413);

        admin().queryParam("pressAgencyId", pressAgency).get("/api/v1/press-cards").then().body("total", equalTo(1));
        admin().get("/api/v1/press-cards/" + number).then().body("holderName", equalTo("Võ Văn Kiệt")).body("validUntil", equalTo("2025-12-31"));
    }

    @Test
    void anyoneCanVerifyACardAndAnUnknownNumberIsNot404() {
        String pressAgency = createPressAgency("Báo Kiên Giang", "PRINT");
        String number = newNumber();
        admin().body(card(number, "Lê Minh Tâm", pressAgency, "2999-12-31")).post("/api/v1/press-cards").then().statusCode(201);

        anonymous().get("/api/v1/press-cards/" + number.toLowerCase(Locale.ROOT) + "/verification").then().statusCode(200)
                .body("number", equalTo(number))
                .body("status", equalTo("valid"))
                .body("holder", equalTo("Lê Minh Tâm"))
                .body("pressAgency", equalTo("Báo Kiên Giang"))
                .body("validUntil", equalTo("2999-12-31"));
        String unknown = newNumber();
        anonymous().get("/api/v1/press-cards/" + unknown + "/verification").then().statusCode(200)
                .body("number", equalTo(unknown))
                .body("status", equalTo("unknown"))
                .body("$", not(hasKey("holder")))
                .body("$", not(hasKey("pressAgency")))
                .body("$", not(hasKey("validUntil")));
        // a token is not needed, but does no harm
        as("auditor").get("/api/v1/press-cards/" + number + "/verification").then().statusCode(200).body("status", equalTo("valid"));
    }

    @Test
    void aCardIsValidThroughItsLastDayInVietnameseTime() {
        String pressAgency = createPressAgency("Đài Phát thanh và Truyền hình Kiên Giang", "TV");
        String number = newNumber();
        admin().body(card(number, "Trần Văn Nam", pressAgency, "2030-06-30")).post("/api/v1/press-cards").then().statusCode(201);
        String verification = "/api/v1/press-cards/" + number + "/verification";

        clock.set(LocalDate.of(2030, 6, 30), LocalTime.of(23, 59, 59)); // 16:59:59 UTC
        anonymous().get(verification).then().statusCode(200).body("status", equalTo("valid"));
        clock.set(Instant.parse("2030-06-30T17:00:00Z")); // midnight, 1 July in Viet Nam; still 30 June in UTC
        anonymous().get(verification).then().statusCode(200)
                .body("status", equalTo("expired"))
                .body("holder", equalTo("Trần Văn Nam"))
                .body("pressAgency", equalTo("Đài Phát thanh và Truyền hình Kiên Giang"))
                .body("validUntil", equalTo("2030-06-30"));
    }

    @Test
    void aMalformedNumberIsA400Problem() {
        for (String malformed : new String[] {"HN%2012345", "HN--12345", "HN_12345", "%C4%90N-1", "A".repeat(51), "HN-1%3Cscript%3E"}) {
            anonymous().urlEncodingEnabled(false).get("/api/v1/press-cards/" + malformed + "/verification").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                    .body("errors[0].field", equalTo("number"));
        }
        anonymous().get("/api/v1/press-cards/" + "A".repeat(50) + "/verification").then().statusCode(200).body("status", equalTo("unknown"));
        admin().urlEncodingEnabled(false).get("/api/v1/press-cards/HN_1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyThePressManagementDepartmentRecordsCards() {
        String pressAgency = createPressAgency("Báo Nhân Dân", "PRINT");
        String number = newNumber();
        admin().body(card(number, "Đỗ Thị Hằng", pressAgency, "2026-12-31")).post("/api/v1/press-cards").then().statusCode(201);
        String officerAgency = createAgency("Sở Nông nghiệp");

        officerOf(officerAgency).get("/api/v1/press-cards").then().statusCode(200);
        officerOf(officerAgency).get("/api/v1/press-cards/" + number).then().statusCode(200);
        officerOf(officerAgency).body(card(newNumber(), "Không được", pressAgency, "2026-12-31")).post("/api/v1/press-cards")
                .then().statusCode(403).contentType("application/problem+json");
        for (String role : new String[] {"auditor", "press-monitor"}) {
            as(role).get("/api/v1/press-cards").then().statusCode(200);
            as(role).get("/api/v1/press-cards/" + number).then().statusCode(200);
            as(role).body(card(newNumber(), "Không được", pressAgency, "2026-12-31")).post("/api/v1/press-cards").then().statusCode(403);
        }
        as("system").body(card(newNumber(), "Hệ thống", pressAgency, "2026-12-31")).post("/api/v1/press-cards").then().statusCode(201);
        anonymous().get("/api/v1/press-cards").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/press-cards/" + number).then().statusCode(401);
        anonymous().body(card(newNumber(), "Ẩn danh", pressAgency, "2026-12-31")).post("/api/v1/press-cards").then().statusCode(401);
        admin().queryParam("pressAgencyId", pressAgency).get("/api/v1/press-cards").then().body("total", equalTo(2));
    }

    @Test
    void verificationIsDocumentedAsPublic() {
        var doc = anonymous().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> verify = doc.getMap("paths.'/api/v1/press-cards/{number}/verification'.get");
        org.assertj.core.api.Assertions.assertThat(verify).doesNotContainKey("security");
        org.assertj.core.api.Assertions.assertThat(doc.getMap("paths.'/api/v1/press-cards/{number}/verification'.get.responses"))
                .containsKeys("200", "400").doesNotContainKeys("401", "403", "404");
        org.assertj.core.api.Assertions.assertThat(doc.getList("paths.'/api/v1/press-cards/{number}'.get.security")).isNotEmpty();
        org.hamcrest.MatcherAssert.assertThat(verify, not(anEmptyMap()));
    }
}
