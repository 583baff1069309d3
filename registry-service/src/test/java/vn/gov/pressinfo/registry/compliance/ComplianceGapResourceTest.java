package vn.gov.pressinfo.registry.compliance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Fixtures.admin;
import static vn.gov.pressinfo.registry.Fixtures.anonymous;
import static vn.gov.pressinfo.registry.Fixtures.appoint;
import static vn.gov.pressinfo.registry.Fixtures.appointment;
import static vn.gov.pressinfo.registry.Fixtures.as;
import static vn.gov.pressinfo.registry.Fixtures.authorization;
import static vn.gov.pressinfo.registry.Fixtures.grant;
import static vn.gov.pressinfo.registry.Fixtures.officerOf;
import static vn.gov.pressinfo.registry.Fixtures.today;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ComplianceGapResourceTest {

    private static final String GAPS = "/api/v1/compliance/gaps";
    private static final String SPOKESPERSON = "Nguyễn Thị Thu Hà";

    /** A fresh province root per test: each test lists only its own agencies (parentId). */
    private String root;

    @BeforeEach
    void freshRoot() {
        root = agency("Tỉnh Thử nghiệm", "PROVINCE", null);
    }

    private static String agency(String name, String type, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "G-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("type", type);
        body.put("validFrom", "2019-01-01");
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return admin().body(body).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    private String department(String name) {
        return agency(name, "DEPARTMENT", root);
    }

    private RequestSpecification gaps(RequestSpecification request) {
        return request.queryParam("parentId", root);
    }

    private static String code(String agencyId) {
        return admin().get("/api/v1/agencies/" + agencyId).then().statusCode(200).extract().path("code");
    }

    private static String spokesperson(String agencyId, String fullName, boolean notified) {
        String id = appoint(agencyId, appointment(fullName, "APPOINTED", "2025-03-01", null));
        if (notified) {
            admin().body(Map.of("documentNumber", "210/SVHTTDL-VP")).post("/api/v1/spokespersons/" + id + "/department-notification")
                    .then().statusCode(200);
        }
        return id;
    }

    private static void regulation(String agencyId) {
        admin().body(Map.of("decisionNumber", "1234/QĐ-UBND", "decisionDate", "2021-03-15", "issuer", "Ủy ban nhân dân tỉnh",
                        "documentUrl", "https://kiengiang.gov.vn/van-ban/1234.pdf", "effectiveFrom", "2021-04-01"))
                .post("/api/v1/agencies/" + agencyId + "/regulations").then().statusCode(201);
    }

    private static void trained(String agencyId, String fullName, String attendedAs) {
        String training = admin().body(Map.of("title", "Tập huấn kỹ năng phát ngôn", "date", "2025-06-12",
                        "organizer", "Sở Văn hóa, Thể thao và Du lịch", "location", "Rạch Giá"))
                .post("/api/v1/trainings").then().statusCode(201).extract().path("id");
        admin().body(Map.of("agencyId", agencyId, "fullName", fullName, "title", "Phó Giám đốc Sở", "attendedAs", attendedAs))
                .post("/api/v1/trainings/" + training + "/attendees").then().statusCode(201);
    }

    /** Notified, trained (under the folded name), with a regulation: no gap today. */
    private String compliant(String name) {
        String agency = department(name);
        spokesperson(agency, SPOKESPERSON, true);
        regulation(agency);
        trained(agency, "nguyen  thi THU HA", "SPOKESPERSON");
        return agency;
    }

    @Test
    void listsTheAgenciesWithGapsAndTheirGaps() {
        String bare = department("Sở Y tế");
        String ok = compliant("Sở Văn hóa, Thể thao và Du lịch");

        gaps(admin()).get(GAPS).then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.agencyId", contains(bare))
                .body("items[0].code", equalTo(code(bare)))
                .body("items[0].name", equalTo("Sở Y tế"))
                .body("items[0].type", equalTo("DEPARTMENT"))
                .body("items[0].parentId", equalTo(root))
                .body("items[0].gaps.kind", contains("NO_CURRENT_SPOKESPERSON", "NO_REGULATION"))
                .body("items[0].gaps[0].detail", equalTo("No head or appointed spokesperson is in office on " + today() + "."))
                .body("items[0].gaps[1].detail", equalTo("No spokesperson regulation is in effect on " + today() + "."));

        // an authorization ending in 10 days is expiring within the default 30 days, not within 5
        LocalDate end = today().plusDays(10);
        grant(ok, authorization("Trần Văn Bình", today(), end));
        gaps(admin()).get(GAPS).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.agencyId == '" + ok + "' }.gaps.kind", contains("AUTHORIZATION_EXPIRING"))
                .body("items.find { it.agencyId == '" + ok + "' }.gaps[0].detail", containsString("Trần Văn Bình"))
                .body("items.find { it.agencyId == '" + ok + "' }.gaps[0].detail", containsString(end.toString()));
        gaps(admin()).queryParam("withinDays", 10).get(GAPS).then().body("total", equalTo(2));
        gaps(admin()).queryParam("withinDays", 5).get(GAPS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.agencyId", contains(bare));

        // once its last day has passed it is expired, within withinDays days after it
        gaps(admin()).queryParam("on", end.plusDays(1).toString()).get(GAPS).then()
                .body("items.find { it.agencyId == '" + ok + "' }.gaps.kind", contains("AUTHORIZATION_EXPIRED"));
        gaps(admin()).queryParam("on", end.plusDays(3).toString()).queryParam("withinDays", 3).get(GAPS).then()
                .body("items.find { it.agencyId == '" + ok + "' }.gaps.kind", contains("AUTHORIZATION_EXPIRED"));
        gaps(admin()).queryParam("on", end.plusDays(4).toString()).queryParam("withinDays", 3).get(GAPS).then()
                .body("items.agencyId", contains(bare));

        // paging: one per page, ordered by code
        String first = code(bare).compareTo(code(ok)) < 0 ? bare : ok;
        gaps(admin()).queryParam("size", 1).get(GAPS).then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("total", equalTo(2)).body("items.agencyId", contains(first));
    }

    @Test
    void theCursorReadsOnInTheOrderOfThePages() {
        List<String> byCode = List.of(department("Sở Tư pháp"), department("Sở Nội vụ"), department("Sở Tài chính")).stream()
                .sorted(Comparator.comparing(ComplianceGapResourceTest::code)).toList();

        String next = gaps(admin()).queryParam("size", 2).queryParam("kind", "NO_REGULATION").get(GAPS).then().statusCode(200)
                .body("total", equalTo(3)).body("items.agencyId", contains(byCode.get(0), byCode.get(1)))
                .extract().path("next");
        gaps(admin()).queryParam("size", 2).queryParam("kind", "NO_REGULATION").queryParam("after", next).get(GAPS).then()
                .statusCode(200).header("Link", containsString("rel=\"first\""))
                .body("total", equalTo(3)).body("items.agencyId", contains(byCode.get(2)))
                .body("items[0].gaps.kind", contains("NO_CURRENT_SPOKESPERSON", "NO_REGULATION"))
                .body("next", nullValue());
        gaps(admin()).queryParam("after", "bm90LWEtY3Vyc29y").get(GAPS).then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void spokespersonGapsAndTheKindFilter() {
        String bare = department("Sở Tư pháp");
        String notNotified = department("Sở Nội vụ");
        spokesperson(notNotified, SPOKESPERSON, false);
        regulation(notNotified);
        trained(notNotified, SPOKESPERSON, "SPOKESPERSON");
        String untrained = department("Sở Tài chính");
        spokesperson(untrained, "Lê Văn Cường", true);
        regulation(untrained);
        trained(untrained, "Lê Văn Cường", "SUBSTITUTE");
        trained(untrained, "Phạm Minh Đức", "SPOKESPERSON");

        gaps(admin()).get(GAPS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.find { it.agencyId == '" + notNotified + "' }.gaps.kind", contains("SPOKESPERSON_NOT_NOTIFIED"))
                .body("items.find { it.agencyId == '" + notNotified + "' }.gaps[0].detail",
                        equalTo("Spokesperson " + SPOKESPERSON + " (in office since 2025-03-01) has not been notified to the press "
                                + "management department."))
                .body("items.find { it.agencyId == '" + untrained + "' }.gaps.kind", contains("SPOKESPERSON_NEVER_TRAINED"));

        gaps(admin()).queryParam("kind", "SPOKESPERSON_NOT_NOTIFIED").get(GAPS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.agencyId", contains(notNotified));
        gaps(admin()).queryParam("kind", "NO_REGULATION").get(GAPS).then()
                .body("total", equalTo(1)).body("items.agencyId", contains(bare))
                .body("items[0].gaps.kind", contains("NO_CURRENT_SPOKESPERSON", "NO_REGULATION"));
        gaps(admin()).queryParam("kind", "AUTHORIZATION_EXPIRING").get(GAPS).then().body("total", equalTo(0)).body("items", hasSize(0));
        gaps(admin()).queryParam("type", "COMMUNE").get(GAPS).then().body("total", equalTo(0));
        gaps(admin()).queryParam("type", "DEPARTMENT").get(GAPS).then().body("total", equalTo(3));
    }

    @Test
    void onADayBeforeTheSpokespersonStarted() {
        String ok = compliant("Sở Khoa học và Công nghệ");
        gaps(admin()).get(GAPS).then().body("total", equalTo(0));
        gaps(admin()).queryParam("on", "2025-02-28").get(GAPS).then().statusCode(200)
                .body("items.agencyId", contains(ok))
                .body("items[0].gaps.kind", contains("NO_CURRENT_SPOKESPERSON"))
                .body("items[0].gaps[0].detail", containsString("2025-02-28"));
        // before the regulation took effect as well
        gaps(admin()).queryParam("on", "2021-03-31").get(GAPS).then()
                .body("items[0].gaps.kind", contains("NO_CURRENT_SPOKESPERSON", "NO_REGULATION"));
        // the training was held after the spokesperson started: untrained until then
        gaps(admin()).queryParam("on", "2025-06-11").get(GAPS).then()
                .body("items[0].gaps.kind", contains("SPOKESPERSON_NEVER_TRAINED"));
    }

    @Test
    void anAgencyOfficerSeesOnlyItsOwnAgency() {
        String own = department("Sở Công Thương");
        String other = department("Sở Xây dựng");
        String ok = compliant("Sở Ngoại vụ");
        gaps(admin()).get(GAPS).then().body("total", equalTo(2));
        for (String role : new String[] {"auditor", "press-monitor", "system"}) {
            gaps(as(role)).get(GAPS).then().statusCode(200).body("total", equalTo(2));
        }
        gaps(officerOf(own)).get(GAPS).then().statusCode(200).body("total", equalTo(1)).body("items.agencyId", contains(own));
        officerOf(own).get(GAPS).then().statusCode(200).body("total", equalTo(1)).body("items.agencyId", contains(own));
        gaps(officerOf(ok)).get(GAPS).then().statusCode(200).body("total", equalTo(0));
        officerOf(other).queryParam("kind", "NO_REGULATION").get(GAPS).then().body("items.agencyId", contains(other));
    }

    @Test
    void anonymousCallersAndBadParametersAreProblems() {
        anonymous().get(GAPS).then().statusCode(401).contentType("application/problem+json");
        for (int within : new int[] {0, 1000, -1}) {
            gaps(admin()).queryParam("withinDays", within).get(GAPS).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                    .body("errors[0].field", equalTo("withinDays"));
        }
        gaps(admin()).queryParam("withinDays", 366).get(GAPS).then().statusCode(200);
        gaps(admin()).queryParam("withinDays", 1).get(GAPS).then().statusCode(200);
        gaps(admin()).queryParam("kind", "UNKNOWN").get(GAPS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("NO_REGULATION"));
        gaps(admin()).queryParam("on", "22/11/2026").get(GAPS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"));
        gaps(admin()).queryParam("size", 101).get(GAPS).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
