package vn.gov.pressinfo.registry.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class AgencyResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.forRole(role)).contentType(ContentType.JSON);
    }

    private static RequestSpecification admin() {
        return as("press-admin");
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> agency(String code, String name, String type, String parentId) {
        var body = new java.util.HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    private static String create(String name, String type, String parentId) {
        return admin().body(agency(uniqueCode(), name, type, parentId)).post("/api/v1/agencies")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAnAgencyAndPublishesItsSnapshotThroughTheOutbox() {
        String root = create("Ủy ban nhân dân tỉnh Kiên Giang", "PROVINCE", null);
        String code = uniqueCode();
        var response = admin().body(agency(code, "Sở Thông tin và Truyền thông", "DEPARTMENT", root))
                .post("/api/v1/agencies")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/agencies/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Sở Thông tin và Truyền thông"))
                .body("code", equalTo(code))
                .body("parentId", equalTo(root))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("press-admin-user"))
                .body("validFrom", notNullValue())
                .extract();
        String id = response.path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Topics.REGISTRY_AGENCIES,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("vn.gov.pressinfo.registry.AgencyChanged.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/pressinfo/registry-service");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        assertThat(record.value()).contains("\"name\":\"Sở Thông tin và Truyền thông\"").contains("\"version\":0");
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        create("Ủy ban nhân dân huyện Tân Hiệp " + marker, "OTHER", null);
        admin().queryParam("q", "tan hiep " + marker).get("/api/v1/agencies")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Ủy ban nhân dân huyện Tân Hiệp " + marker))
                .header("Link", containsString("rel=\"first\""));
        admin().queryParam("q", "TÂN HIỆP " + marker).get("/api/v1/agencies").then().body("total", equalTo(1));
        admin().queryParam("q", "100%_" + marker).get("/api/v1/agencies").then().body("total", equalTo(0));
    }

    @Test
    void listsArePagedAndFilteredByParent() {
        String root = create("Tỉnh thử nghiệm", "PROVINCE", null);
        for (int i = 0; i < 3; i++) {
            create("Sở số " + i, "DEPARTMENT", root);
        }
        admin().queryParam("parentId", root).queryParam("size", 2).get("/api/v1/agencies")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .header("Link", containsString("rel=\"next\""));
        admin().queryParam("parentId", root).queryParam("size", 2).queryParam("page", 1).get("/api/v1/agencies")
                .then().body("items", hasSize(1)).header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void listsReadOnWithCursorsFromAnyPage() {
        String root = create("Tỉnh đọc tiếp", "PROVINCE", null);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("Sở đọc tiếp " + i, "DEPARTMENT", root));
        }
        List<String> byPage = admin().queryParam("parentId", root).queryParam("size", 10).get("/api/v1/agencies")
                .then().statusCode(200).body("next", nullValue()).extract().jsonPath().getList("items.id");
        assertThat(byPage).containsExactlyInAnyOrderElementsOf(created);

        // page 0 by number, then on with the cursor each page hands out, to the end: the same items in the same order
        var first = admin().queryParam("parentId", root).queryParam("size", 2).get("/api/v1/agencies")
                .then().statusCode(200).body("total", equalTo(5)).body("next", notNullValue()).extract();
        List<String> read = new ArrayList<>(first.jsonPath().getList("items.id"));
        String next = first.jsonPath().getString("next");
        for (int guard = 0; next != null && guard < 10; guard++) {
            var page = admin().queryParam("parentId", root).queryParam("size", 2).queryParam("after", next)
                    .get("/api/v1/agencies").then().statusCode(200).body("total", equalTo(5)).extract();
            read.addAll(page.jsonPath().getList("items.id"));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(page.header("Link")).contains("after=" + next).contains("rel=\"next\"");
            }
        }
        assertThat(read).containsExactlyElementsOf(byPage);
    }

    @Test
    void aCursorOfAnotherKindIsAProblemNamingAfter() {
        for (String after : List.of("bm90LWEtY3Vyc29y", "x", "%%%")) {
            admin().queryParam("after", after).get("/api/v1/agencies")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("after"));
        }
    }

    @Test
    void pageSizeIsBounded() {
        admin().queryParam("size", 1000).get("/api/v1/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void anUpdateStampsWhoChangedTheAgencyAndKeepsWhoCreatedIt() {
        String id = create("Sở Tài nguyên và Môi trường", "DEPARTMENT", null);
        var created = admin().get("/api/v1/agencies/" + id).then().statusCode(200).extract();
        String createdAt = created.path("createdAt");
        assertThat((String) created.path("updatedAt")).isEqualTo(createdAt);
        var rename = agency(created.path("code"), "Sở Nông nghiệp và Môi trường", "DEPARTMENT", null);
        rename.put("validFrom", "2099-03-01");
        admin().header("If-Match", "\"0\"").body(rename).put("/api/v1/agencies/" + id).then().statusCode(200);

        var read = admin().get("/api/v1/agencies/" + id).then().statusCode(200)
                .body("createdBy", equalTo("press-admin-user")).body("updatedBy", equalTo("press-admin-user"))
                .body("createdAt", equalTo(createdAt)).extract();
        assertThat(java.time.Instant.parse(read.path("updatedAt"))).isAfter(java.time.Instant.parse(createdAt));
    }

    @Test
    void updateRequiresIfMatchAndKeepsHistory() {
        String id = create("Sở Văn hóa và Thể thao", "DEPARTMENT", null);
        String code = admin().get("/api/v1/agencies/" + id).then().extract().path("code");
        var rename = agency(code, "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", null);
        rename.put("validFrom", "2099-03-01");
        rename.put("note", "Hợp nhất");

        admin().body(rename).put("/api/v1/agencies/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));
        admin().header("If-Match", "\"7\"").body(rename).put("/api/v1/agencies/" + id).then().statusCode(412)
                .body("type", equalTo("https://pressinfo.gov.vn/problems/precondition-failed"));
        admin().header("If-Match", "\"0\"").body(rename).put("/api/v1/agencies/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("validFrom", equalTo("2099-03-01"));

        admin().get("/api/v1/agencies/" + id + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].name", equalTo("Sở Văn hóa và Thể thao"))
                .body("[0].validTo", equalTo("2099-03-01"))
                .body("[1].name", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("[1].validTo", nullValue())
                .body("[1].note", equalTo("Hợp nhất"));
    }

    @Test
    void concurrentUpdatesWithTheSameETagLetExactlyOneWin() throws Exception {
        String id = create("Sở Y tế", "DEPARTMENT", null);
        String code = admin().get("/api/v1/agencies/" + id).then().extract().path("code");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                var body = agency(code, "Sở Y tế " + i, "DEPARTMENT", null);
                body.put("validFrom", "2099-01-01");
                calls.add(() -> admin().header("If-Match", "\"0\"").body(body).put("/api/v1/agencies/" + id).statusCode());
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
        admin().get("/api/v1/agencies/" + id + "/history").then().body("", hasSize(2));
    }

    @Test
    void invalidBodiesAreProblemsNamingTheFields() {
        admin().body(Map.of("code", "", "type", "DEPARTMENT")).post("/api/v1/agencies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pressinfo.gov.vn/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));
        admin().body("{\"code\": \"X\", ").post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json");
        admin().body("{\"code\": \"X\", \"name\": \"A\", \"type\": \"DEPARTMENT\", \"parentId\": \"not-a-uuid\"}").post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void businessRulesAre422Or409() {
        admin().body(agency(uniqueCode(), "Cơ quan lạ", "MINISTRY", null)).post("/api/v1/agencies")
                .then().statusCode(422).body("errors[0].field", equalTo("type"));
        var retired = agency(uniqueCode(), "UBND huyện mới", "DISTRICT", null);
        retired.put("validFrom", "2025-07-01");
        admin().body(retired).post("/api/v1/agencies").then().statusCode(422).body("errors[0].field", equalTo("type"));
        admin().body(agency(uniqueCode(), "Con mồ côi", "DEPARTMENT", UUID.randomUUID().toString())).post("/api/v1/agencies")
                .then().statusCode(422).body("errors[0].field", equalTo("parentId"));

        String code = uniqueCode();
        admin().body(agency(code, "Sở Tư pháp", "DEPARTMENT", null)).post("/api/v1/agencies").then().statusCode(201);
        admin().body(agency(code, "Sở Tư pháp 2", "DEPARTMENT", null)).post("/api/v1/agencies")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(code));
    }

    @Test
    void anAgencyCannotBecomeItsOwnAncestor() {
        String parent = create("Cha", "PROVINCE", null);
        String child = create("Con", "DEPARTMENT", parent);
        String parentCode = admin().get("/api/v1/agencies/" + parent).then().extract().path("code");
        var cycle = agency(parentCode, "Cha", "PROVINCE", child);
        admin().header("If-Match", "\"0\"").body(cycle).put("/api/v1/agencies/" + parent)
                .then().statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        var body = agency(uniqueCode(), "Sở Nội vụ", "DEPARTMENT", null);
        String first = admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        body.put("name", "Sở Nội vụ (khác)");
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/agencies")
                .then().statusCode(422).body("type", equalTo("https://pressinfo.gov.vn/problems/idempotency-key-reused"));
        admin().queryParam("q", "so noi vu (khac)").get("/api/v1/agencies").then().body("total", equalTo(0));
    }

    @Test
    void securityIsEnforcedWithProblemBodies() {
        given().get("/api/v1/agencies").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        given().auth().oauth2("not.a.token").get("/api/v1/agencies").then().statusCode(401)
                .contentType("application/problem+json");
        as("agency-officer").body(agency(uniqueCode(), "X", "DEPARTMENT", null)).post("/api/v1/agencies")
                .then().statusCode(403).contentType("application/problem+json");
        as("auditor").body(agency(uniqueCode(), "X", "DEPARTMENT", null)).post("/api/v1/agencies").then().statusCode(403);
        as("auditor").get("/api/v1/agencies").then().statusCode(200);
        as("system").body(agency(uniqueCode(), "Hệ thống", "OTHER", null)).post("/api/v1/agencies").then().statusCode(201);
    }

    @Test
    void protocolErrorsAreProblems() {
        admin().get("/api/v1/agencies/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        admin().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        admin().delete("/api/v1/agencies").then().statusCode(405).contentType("application/problem+json");
        admin().contentType(ContentType.XML).body("<agency/>").post("/api/v1/agencies").then().statusCode(415)
                .contentType("application/problem+json");
        admin().body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").post("/api/v1/agencies").then().statusCode(413)
                .contentType("application/problem+json");
        admin().queryParam("status", "SLEEPING").get("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
        admin().queryParam("from", "2025-13-45").get("/api/v1/trainings").then().statusCode(400)
                .contentType("application/problem+json");
        admin().get("/api/v1/agencies/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void valuesPostgresCannotStoreAre400NotServerErrors() {
        admin().queryParam("q", "kien\u0000giang").get("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
        admin().body(agency(uniqueCode(), "Sở\u0000Tư pháp", "DEPARTMENT", null)).post("/api/v1/agencies").then().statusCode(400)
                .contentType("application/problem+json");
        var farFuture = agency(uniqueCode(), "Cơ quan tương lai", "OTHER", null);
        farFuture.put("validFrom", "+9999999-01-01");
        admin().body(farFuture).post("/api/v1/agencies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void agencyTypesAreData() {
        admin().get("/api/v1/agency-types").then().statusCode(200)
                .body("code", hasItem("DISTRICT"))
                .body("find { it.code == 'DISTRICT' }.retiredFrom", equalTo("2025-07-01"));
    }
}
