package vn.gov.pressinfo.reporting;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.testing.DevTokens;

/** Requests as the suite's roles, with real signed development tokens. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("press-admin");
    }

    public static RequestSpecification auditor() {
        return as("auditor");
    }

    public static RequestSpecification officerOf(UUID agencyId) {
        return given().auth().oauth2(DevTokens.agencyOfficer(agencyId)).contentType(ContentType.JSON);
    }

    /** A short random marker that keeps test data of different tests apart in the shared database. */
    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
