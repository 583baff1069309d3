package vn.gov.pressinfo.registry.agency;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.marker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/agencies?on=DATE: the tree as it stood on a date, before and after a rename and a province merge. */
@QuarkusTest
class AgencyTreeOnDateTest {

    private static final Map<String, Object> DECISION = Map.of("number", "202/2025/QH15", "date", "2025-06-12", "signer", "Quốc hội");

    private static String agency(String code, String name, String type, String parentId, String validFrom) {
        var body = new HashMap<String, Object>(Map.of("code", code, "name", name, "type", type, "validFrom", validFrom));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return admin().body(body).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse listOn(String on, Map<String, Object> filters) {
        return admin().queryParam("on", on).queryParams(filters).get("/api/v1/agencies").then().statusCode(200);
    }

    @Test
    void theTreeOnADateShowsTheVersionsValidThen() {
        String m = marker();
        String kienGiang = agency("OD-KG-" + m, "Ủy ban nhân dân tỉnh Kiên Giang " + m, "PROVINCE", null, "2020-01-01");
        String anGiang = agency("OD-AG-" + m, "Ủy ban nhân dân tỉnh An Giang " + m, "PROVINCE", null, "2020-01-01");
        String tttt = agency("OD-TTTT-" + m, "Sở Thông tin và Truyền thông " + m, "DEPARTMENT", kienGiang, "2020-01-01");
        String late = agency("OD-KHCN-" + m, "Sở Khoa học và Công nghệ " + m, "DEPARTMENT", kienGiang, "2024-01-01");
        admin().body(Map.of("kind", "RENAME", "effectiveDate", "2023-01-01", "legalBasis", DECISION, "agencyId", tttt,
                "newName", "Sở Văn hóa, Thể thao và Du lịch " + m, "newCode", "OD-VHTTDL-" + m)).post("/api/v1/reorganisations")
                .then().statusCode(201);
        String province = admin().body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "legalBasis", DECISION,
                        "predecessorIds", List.of(kienGiang, anGiang),
                        "successors", List.of(Map.of("code", "OD-AGM-" + m, "name", "Ủy ban nhân dân tỉnh An Giang mới " + m, "type", "PROVINCE"))))
                .post("/api/v1/reorganisations").then().statusCode(201).extract().path("successors[0].agencyId");

        // before the rename: the old name and code; the department created in 2024 is absent
        listOn("2022-06-30", Map.of("parentId", kienGiang)).body("total", equalTo(1))
                .body("items[0].id", equalTo(tttt)).body("items[0].name", equalTo("Sở Thông tin và Truyền thông " + m))
                .body("items[0].code", equalTo("OD-TTTT-" + m)).body("items[0].validFrom", equalTo("2020-01-01"))
                .body("items[0].version", equalTo(0));
        // the name search applies to the version of that date
        listOn("2022-06-30", Map.of("q", "so thong tin va truyen thong " + m)).body("total", equalTo(1));
        listOn("2024-06-30", Map.of("q", "so thong tin va truyen thong " + m)).body("total", equalTo(0));
        // after the rename, before the merge: both departments under Kiên Giang
        listOn("2024-06-30", Map.of("parentId", kienGiang)).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(tttt, late))
                .body("items.find { it.id == '" + tttt + "' }.name", equalTo("Sở Văn hóa, Thể thao và Du lịch " + m));
        listOn("2025-06-30", Map.of("parentId", kienGiang, "type", "DEPARTMENT", "status", "ACTIVE")).body("total", equalTo(2));
        // from the merge: under the new province, the old provinces dissolved, the new one present only from then
        listOn("2025-07-01", Map.of("parentId", kienGiang)).body("total", equalTo(0));
        listOn("2025-07-01", Map.of("parentId", province)).body("items.id", containsInAnyOrder(tttt, late));
        listOn("2025-07-01", Map.of("q", m, "type", "PROVINCE", "status", "DISSOLVED")).body("items.id", containsInAnyOrder(kienGiang, anGiang));
        listOn("2025-06-30", Map.of("q", m, "type", "PROVINCE")).body("items.id", containsInAnyOrder(kienGiang, anGiang))
                .body("items.status", hasItem("ACTIVE"));
        listOn("2019-12-31", Map.of("q", m)).body("total", equalTo(0)).body("items", hasSize(0));
        // the same paging as the current list
        admin().queryParam("on", "2024-06-30").queryParam("parentId", kienGiang).queryParam("size", 1).get("/api/v1/agencies")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1)).header("Link", containsString("rel=\"next\""));
        // without on: today's tree
        admin().queryParam("parentId", province).get("/api/v1/agencies").then().body("total", equalTo(2));
    }

    @Test
    void anInvalidDateIsABadRequestNamingOn() {
        for (String bad : List.of("2025-02-30", "30/06/2025", "yesterday", "2025-7-1")) {
            admin().queryParam("on", bad).get("/api/v1/agencies").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("on"));
        }
    }
}
