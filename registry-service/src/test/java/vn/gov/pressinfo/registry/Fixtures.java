package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.testing.DevTokens;

/** Requests and bodies shared by the registry's HTTP tests. */
public final class Fixtures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("press-admin");
    }

    public static RequestSpecification officerOf(String agencyId) {
        return given().auth().oauth2(DevTokens.agencyOfficer(UUID.fromString(agencyId))).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** Creates an active agency and returns its id. */
    public static String agency(String name, String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "T-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("type", type);
        body.put("validFrom", "2019-01-01");
        return admin().body(body).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> document() {
        return new HashMap<>(Map.of("number", "125/QĐ-UBND", "date", "2025-02-25", "signer", "Nguyễn Văn Hùng, Chủ tịch UBND tỉnh"));
    }

    public static Map<String, Object> appointment(String fullName, String kind, Object validFrom, Object validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("title", "Phó Giám đốc Sở");
        body.put("phone", "0297 3862 000");
        body.put("email", "nguoiphatngon@kiengiang.gov.vn");
        body.put("kind", kind);
        body.put("document", document());
        body.put("validFrom", validFrom.toString());
        if (validTo != null) {
            body.put("validTo", validTo.toString());
        }
        return body;
    }

    public static Map<String, Object> authorization(String fullName, Object validFrom, Object validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("title", "Phó Chủ tịch UBND xã");
        body.put("phone", "+84 912 345 678");
        body.put("email", "uyquyen@kiengiang.gov.vn");
        body.put("scope", "Phát ngôn về công tác phòng, chống thiên tai năm 2026");
        body.put("document", document());
        body.put("validFrom", validFrom.toString());
        if (validTo != null) {
            body.put("validTo", validTo.toString());
        }
        return body;
    }

    /** Appoints and returns the appointment's id. */
    public static String appoint(String agencyId, Map<String, Object> body) {
        return admin().body(body).post("/api/v1/agencies/" + agencyId + "/spokespersons").then().statusCode(201).extract().path("id");
    }

    /** Grants and returns the authorization's id. */
    public static String grant(String agencyId, Map<String, Object> body) {
        return admin().body(body).post("/api/v1/agencies/" + agencyId + "/authorizations").then().statusCode(201).extract().path("id");
    }
}
