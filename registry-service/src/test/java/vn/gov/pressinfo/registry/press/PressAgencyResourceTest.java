package vn.gov.pressinfo.registry.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.createAgency;
import static vn.gov.pressinfo.registry.Api.marker;
import static vn.gov.pressinfo.registry.Api.officerOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class PressAgencyResourceTest {

    static Map<String, Object> pressAgency(String name, String medium) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("medium", medium);
        body.put("governingBody", "Tỉnh ủy Kiên Giang");
        body.put("licence", new HashMap<>(Map.of("number", "123/GP-BTTTT", "date", "2019-05-20", "issuer", "Bộ Thông tin và Truyền thông")));
        body.put("website", "https://baokiengiang.vn");
        return body;
    }

    static String createPressAgency(String name, String medium) {
        return admin().body(pressAgency(name, medium)).post("/api/v1/press-agencies").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> office() {
        Map<String, Object> body = new HashMap<>();
        body.put("address", "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá");
        body.put("province", "Kiên Giang");
        body.put("head", "Trần Thị Bích");
        body.put("phone", "0297 3862 123");
        body.put("email", "vpdd.kiengiang@baotuoitre.vn");
        body.put("licence", Map.of("number", "89/GP-STTTT", "date", "2020-09-10", "issuer", "Sở Thông tin và Truyền thông Kiên Giang"));
        return body;
    }

    private static Map<String, Object> reporter() {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Lê Minh Tâm");
        body.put("pressCardNumber", "hn-12345");
        body.put("area", "Tỉnh Kiên Giang và thành phố Phú Quốc");
        body.put("phone", "+84 912 345 678");
        body.put("email", "tam.le@baotuoitre.vn");
        body.put("validFrom", "2025-01-01");
        body.put("validTo", "2026-12-31");
        return body;
    }

    @Test
    void recordsAndFindsPressAgenciesWithoutRegardToAccents() {
        String m = marker();
        String id = admin().body(pressAgency("Báo Kiên Giang " + m, "PRINT")).post("/api/v1/press-agencies").then().statusCode(201)
                .header("Location", containsString("/api/v1/press-agencies/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .body("licence.number", equalTo("123/GP-BTTTT"))
                .body("governingBody", equalTo("Tỉnh ủy Kiên Giang"))
                .body("createdBy", equalTo("press-admin-user"))
                .extract().path("id");
        String radio = createPressAgency("Đài Phát thanh và Truyền hình Kiên Giang " + m, "RADIO");
        createPressAgency("Tạp chí Văn nghệ " + m, "MAGAZINE");

        admin().queryParam("q", "bao kien giang " + m).get("/api/v1/press-agencies").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).header("Link", containsString("rel=\"last\""));
        admin().queryParam("q", "ĐÀI PHÁT THANH").queryParam("medium", "RADIO").get("/api/v1/press-agencies").then()
                .body("items.id", hasItem(radio));
        admin().queryParam("q", m).queryParam("medium", "TV").get("/api/v1/press-agencies").then().body("total", equalTo(0));
        admin().queryParam("q", m).queryParam("size", 2).get("/api/v1/press-agencies").then()
                .body("total", equalTo(3)).body("items", hasSize(2)).header("Link", containsString("rel=\"next\""));
        admin().queryParam("medium", "BLOG").get("/api/v1/press-agencies").then().statusCode(400).contentType("application/problem+json");
        admin().get("/api/v1/press-agencies/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Báo Kiên Giang " + m)).body("website", equalTo("https://baokiengiang.vn"));
        admin().get("/api/v1/press-agencies/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsReadOnWithCursorsFromAnyPage() {
        String m = marker();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two pairs of the same name: the id orders those, and a cursor must neither skip nor repeat one
            created.add(createPressAgency("Báo đọc tiếp " + m + " " + (i / 2), "ONLINE"));
        }
        var all = admin().queryParam("q", m).queryParam("size", 10).get("/api/v1/press-agencies")
                .then().statusCode(200).body("total", equalTo(5)).body("next", nullValue()).extract().jsonPath();
        List<String> byPage = all.getList("items.id");
        assertThat(byPage).containsExactlyInAnyOrderElementsOf(created);
        // an item of the list is the press agency as GET shows it
        Map<String, Object> one = admin().get("/api/v1/press-agencies/" + byPage.get(0)).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(all.getMap("items[0]")).isEqualTo(one);

        var first = admin().queryParam("q", m).queryParam("size", 2).get("/api/v1/press-agencies")
                .then().statusCode(200).body("total", equalTo(5)).body("next", notNullValue()).extract();
        List<String> read = new ArrayList<>(first.jsonPath().getList("items.id"));
        String next = first.jsonPath().getString("next");
        for (int guard = 0; next != null && guard < 10; guard++) {
            var page = admin().queryParam("q", m).queryParam("size", 2).queryParam("after", next).get("/api/v1/press-agencies")
                    .then().statusCode(200).body("total", equalTo(5)).extract();
            read.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("after=" + next).contains("rel=\"next\"");
            }
        }
        assertThat(read).containsExactlyElementsOf(byPage);
        admin().queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/press-agencies").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("after"));
    }

    @Test
    void changesNeedIfMatchAndAreKeptInTheHistory() {
        String id = createPressAgency("Báo Kiên Giang", "PRINT");
        var change = pressAgency("Báo và Phát thanh, Truyền hình Kiên Giang", "TV");
        change.put("licence", Map.of("number", "456/GP-BVHTTDL", "date", "2025-07-01", "issuer", "Bộ Văn hóa, Thể thao và Du lịch"));
        change.put("reason", "Hợp nhất");

        admin().body(change).put("/api/v1/press-agencies/" + id).then().statusCode(428).contentType("application/problem+json");
        admin().header("If-Match", "\"5\"").body(change).put("/api/v1/press-agencies/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        admin().get("/api/v1/press-agencies/" + id).then().header("ETag", equalTo("\"0\"")).body("name", equalTo("Báo Kiên Giang"));
        admin().get("/api/v1/press-agencies/" + id + "/history").then().body("", hasSize(1));

        admin().header("If-Match", "\"0\"").body(change).put("/api/v1/press-agencies/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Báo và Phát thanh, Truyền hình Kiên Giang"))
                .body("medium", equalTo("TV"))
                .body("status", equalTo("ACTIVE"));
        var suspend = new HashMap<>(change);
        suspend.put("status", "SUSPENDED");
        suspend.put("reason", "Đình chỉ hoạt động 3 tháng");
        as("system").header("If-Match", "\"1\"").body(suspend).put("/api/v1/press-agencies/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("status", equalTo("SUSPENDED")).body("updatedBy", equalTo("system-user"));

        admin().get("/api/v1/press-agencies/" + id + "/history").then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].changes.field", hasItems("name", "medium", "governingBody", "licence.number", "website", "status"))
                .body("[1].reason", equalTo("Hợp nhất"))
                .body("[1].recordedBy", equalTo("press-admin-user"))
                .body("[1].changes.field", contains("name", "medium", "licence.number", "licence.date", "licence.issuer"))
                .body("find { it.version == 1 }.changes.find { it.field == 'licence.number' }.from", equalTo("123/GP-BTTTT"))
                .body("find { it.version == 1 }.changes.find { it.field == 'licence.number' }.to", equalTo("456/GP-BVHTTDL"))
                .body("[2].changes", hasSize(1))
                .body("[2].changes[0].field", equalTo("status"))
                .body("[2].changes[0].to", equalTo("SUSPENDED"))
                .body("[2].recordedBy", equalTo("system-user"));
    }

    @Test
    void concurrentChangesWithTheSameETagLetExactlyOneWin() throws Exception {
        String id = createPressAgency("Báo Pháp Luật", "ONLINE");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                var body = pressAgency("Báo Pháp Luật " + i, "ONLINE");
                calls.add(() -> admin().header("If-Match", "\"0\"").body(body).put("/api/v1/press-agencies/" + id).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 412);
        } finally {
            pool.shutdownNow();
        }
        admin().get("/api/v1/press-agencies/" + id + "/history").then().body("", hasSize(2));
        admin().queryParam("q", "100%").get("/api/v1/press-agencies").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badPressAgenciesAreProblemsAndWriteNothing() {
        String m = marker();
        admin().body(Map.of("name", "Báo lỗi " + m)).post("/api/v1/press-agencies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("medium", "governingBody", "licence"));
        var noLicenceNumber = pressAgency("Báo lỗi " + m, "ONLINE");
        noLicenceNumber.put("licence", Map.of("number", "", "date", "2019-05-20", "issuer", "Bộ Thông tin và Truyền thông"));
        admin().body(noLicenceNumber).post("/api/v1/press-agencies").then().statusCode(400).body("errors.field", hasItem("licence.number"));
        var badSite = pressAgency("Báo lỗi " + m, "ONLINE");
        badSite.put("website", "www.baoloi.vn");
        admin().body(badSite).post("/api/v1/press-agencies").then().statusCode(400).body("errors.field", hasItem("website"));
        var badMedium = pressAgency("Báo lỗi " + m, "BLOG");
        admin().body(badMedium).post("/api/v1/press-agencies").then().statusCode(400).body("errors[0].field", equalTo("medium"));
        admin().body(Map.of("name", "x".repeat(1_100_000))).post("/api/v1/press-agencies").then().statusCode(413)
                .contentType("application/problem+json");
        admin().queryParam("q", "bao loi " + m).get("/api/v1/press-agencies").then().body("total", equalTo(0));

        var noWebsite = pressAgency("Báo không có trang " + m, "PRINT");
        noWebsite.remove("website");
        String id = admin().body(noWebsite).post("/api/v1/press-agencies").then().statusCode(201).body("website", nullValue())
                .extract().path("id");
        admin().header("If-Match", "\"0\"").body(badSite).put("/api/v1/press-agencies/" + id).then().statusCode(400);
        admin().get("/api/v1/press-agencies/" + id).then().header("ETag", equalTo("\"0\"")).body("name", equalTo("Báo không có trang " + m));
    }

    @Test
    void recordsRepresentativeOfficesAndResidentReporters() {
        String id = createPressAgency("Báo Tuổi Trẻ", "PRINT");
        admin().body(office()).post("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(201)
                .body("pressAgencyId", equalTo(id))
                .body("licence.number", equalTo("89/GP-STTTT"))
                .body("createdBy", equalTo("press-admin-user"));
        admin().get("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(200)
                .body("", hasSize(1)).body("[0].head", equalTo("Trần Thị Bích"));

        admin().body(reporter()).post("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(201)
                .body("pressCardNumber", equalTo("HN-12345"))
                .body("validTo", equalTo("2026-12-31"));
        var openEnded = reporter();
        openEnded.remove("validTo");
        openEnded.remove("pressCardNumber");
        openEnded.put("fullName", "Phan Thanh Hải");
        admin().body(openEnded).post("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(201)
                .body("validTo", nullValue()).body("pressCardNumber", nullValue());
        admin().get("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(200)
                .body("fullName", hasItems("Lê Minh Tâm", "Phan Thanh Hải"));
    }

    @Test
    void badOfficesAndReportersAreProblemsAndWriteNothing() {
        String id = createPressAgency("Báo Thanh Niên", "ONLINE");
        String offices = "/api/v1/press-agencies/" + id + "/representative-offices";
        String reporters = "/api/v1/press-agencies/" + id + "/resident-reporters";

        for (String phone : new String[] {"12345", "0297-abc-123", "+1 212 555 0100", "029738621234567"}) {
            var body = office();
            body.put("phone", phone);
            admin().body(body).post(offices).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("phone"));
        }
        for (String email : new String[] {"vpdd.kiengiang", "vpdd@", "vpdd@localhost", "a b@c.vn"}) {
            var body = office();
            body.put("email", email);
            admin().body(body).post(offices).then().statusCode(400).body("errors.field", hasItem("email"));
        }
        var noLicence = office();
        noLicence.remove("licence");
        admin().body(noLicence).post(offices).then().statusCode(400).body("errors.field", hasItem("licence"));
        admin().body(office()).post("/api/v1/press-agencies/" + UUID.randomUUID() + "/representative-offices").then().statusCode(404)
                .contentType("application/problem+json");
        admin().get(offices).then().body("", hasSize(0));

        var badEmail = reporter();
        badEmail.put("email", "tam.le");
        badEmail.put("phone", "0912");
        admin().body(badEmail).post(reporters).then().statusCode(400).body("errors.field", hasItems("email", "phone"));
        var badCard = reporter();
        badCard.put("pressCardNumber", "HN 12345");
        admin().body(badCard).post(reporters).then().statusCode(400).body("errors.field", hasItem("pressCardNumber"));
        var backwards = reporter();
        backwards.put("validTo", "2024-12-31");
        admin().body(backwards).post(reporters).then().statusCode(422).body("errors[0].field", equalTo("validTo"));
        admin().body(reporter()).post("/api/v1/press-agencies/" + UUID.randomUUID() + "/resident-reporters").then().statusCode(404);
        admin().get(reporters).then().body("", hasSize(0));
        admin().get("/api/v1/press-agencies/" + UUID.randomUUID() + "/resident-reporters").then().statusCode(404);
    }

    @Test
    void onlyThePressManagementDepartmentManagesPressAgencies() {
        String id = createPressAgency("Báo Nhân Dân", "PRINT");
        String officerAgency = createAgency("Sở Tài nguyên và Môi trường");
        Map<String, Supplier<RequestSpecification>> readOnly = Map.of(
                "agency-officer", () -> officerOf(officerAgency),
                "auditor", () -> as("auditor"),
                "press-monitor", () -> as("press-monitor"));
        for (Supplier<RequestSpecification> caller : readOnly.values()) {
            caller.get().get("/api/v1/press-agencies").then().statusCode(200);
            caller.get().get("/api/v1/press-agencies/" + id).then().statusCode(200);
            caller.get().get("/api/v1/press-agencies/" + id + "/history").then().statusCode(200);
            caller.get().get("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(200);
            caller.get().get("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(200);
            caller.get().body(pressAgency("Báo mới", "ONLINE")).post("/api/v1/press-agencies").then().statusCode(403)
                    .contentType("application/problem+json");
            caller.get().header("If-Match", "\"0\"").body(pressAgency("Báo đổi tên", "PRINT")).put("/api/v1/press-agencies/" + id)
                    .then().statusCode(403);
            caller.get().body(office()).post("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(403);
            caller.get().body(reporter()).post("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(403);
        }
        anonymous().get("/api/v1/press-agencies").then().statusCode(401).contentType("application/problem+json");
        anonymous().body(pressAgency("Báo ẩn danh", "ONLINE")).post("/api/v1/press-agencies").then().statusCode(401);
        anonymous().get("/api/v1/press-agencies/" + id).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").body(pressAgency("Báo đổi tên", "PRINT")).put("/api/v1/press-agencies/" + id).then().statusCode(401);
        anonymous().get("/api/v1/press-agencies/" + id + "/history").then().statusCode(401);
        anonymous().get("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(401);
        anonymous().body(office()).post("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(401);
        anonymous().get("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(401);
        anonymous().body(reporter()).post("/api/v1/press-agencies/" + id + "/resident-reporters").then().statusCode(401);

        admin().get("/api/v1/press-agencies/" + id).then().header("ETag", equalTo("\"0\"")).body("name", equalTo("Báo Nhân Dân"));
        admin().get("/api/v1/press-agencies/" + id + "/representative-offices").then().body("", hasSize(0));
        as("system").body(office()).post("/api/v1/press-agencies/" + id + "/representative-offices").then().statusCode(201);
    }
}
