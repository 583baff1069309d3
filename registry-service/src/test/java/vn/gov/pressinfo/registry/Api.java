package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.testing.DevTokens;

/** Requests as the suite's roles, with real signed development tokens, and test data helpers. */
public final class Api {

    private Api() {
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

    /** A short random marker that keeps test data of different tests apart in the shared database. */
    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an agency and returns its id. */
    public static String createAgency(String name) {
        return admin().body(Map.of("code", "T-" + marker(), "name", name, "type", "DEPARTMENT"))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }
}
