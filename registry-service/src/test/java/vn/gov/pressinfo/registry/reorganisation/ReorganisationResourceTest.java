package vn.gov.pressinfo.registry.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.marker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.testing.TopicReader;

@QuarkusTest
class ReorganisationResourceTest {

    private static final Map<String, Object> DECISION = Map.of("number", "25/NQ-HĐND", "date", "2025-02-19",
            "signer", "Hội đồng nhân dân tỉnh Kiên Giang");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** An agency valid from 2020-01-01, so that 2025 reorganisations may apply to it. */
    static String agency(String name, String type, String parentId) {
        var body = new HashMap<String, Object>(Map.of("code", "R-" + marker(), "name", name, "type", type, "validFrom", "2020-01-01"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return admin().body(body).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> reorganisation(String kind, String effectiveDate, List<String> predecessors, List<Map<String, Object>> successors) {
        var body = new HashMap<String, Object>();
        body.put("kind", kind);
        body.put("effectiveDate", effectiveDate);
        body.put("legalBasis", DECISION);
        body.put("predecessorIds", predecessors);
        body.put("successors", successors);
        return body;
    }

    static Map<String, Object> existing(String id) {
        return Map.of("agencyId", id);
    }

    static Map<String, Object> newAgency(String code, String name, String type, String parentId) {
        var body = new HashMap<String, Object>(Map.of("code", code, "name", name, "type", type));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    @Test
    void mergeDissolvesThePredecessorsKeepsTheirHistoryAndPublishesTheMapping() {
        String province = agency("Ủy ban nhân dân tỉnh Kiên Giang", "PROVINCE", null);
        String tttt = agency("Sở Thông tin và Truyền thông", "DEPARTMENT", province);
        String khcn = agency("Sở Khoa học và Công nghệ", "DEPARTMENT", province);
        String merged = agency("Sở Khoa học và Công nghệ (mới)", "DEPARTMENT", province);

        var body = reorganisation("MERGE", "2025-03-01", List.of(tttt, khcn), List.of(existing(merged)));
        body.put("note", "Hợp nhất Sở Thông tin và Truyền thông và Sở Khoa học và Công nghệ");
        String id = admin().body(body).post("/api/v1/reorganisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reorganisations/"))
                .body("kind", equalTo("MERGE"))
                .body("effectiveDate", equalTo("2025-03-01"))
                .body("legalBasis.number", equalTo("25/NQ-HĐND"))
                .body("legalBasis.signer", equalTo("Hội đồng nhân dân tỉnh Kiên Giang"))
                .body("predecessors.agencyId", containsInAnyOrder(tttt, khcn))
                .body("successors[0].agencyId", equalTo(merged))
                .body("successors[0].created", equalTo(false))
                .body("mapping", hasSize(2))
                .body("mapping.find { it.predecessorId == '" + tttt + "' }.successorIds", equalTo(List.of(merged)))
                .body("mapping.workTo", everyItemIs(merged))
                .body("movedChildren", hasSize(0))
                .body("recordedBy", equalTo("press-admin-user"))
                .extract().path("id");

        admin().get("/api/v1/agencies/" + tttt).then().body("status", equalTo("DISSOLVED")).body("validFrom", equalTo("2025-03-01"))
                .header("ETag", equalTo("\"1\""));
        admin().get("/api/v1/agencies/" + tttt + "/history").then()
                .body("", hasSize(2))
                .body("[0].status", equalTo("ACTIVE")).body("[0].validTo", equalTo("2025-03-01"))
                .body("[1].status", equalTo("DISSOLVED")).body("[1].validTo", nullValue())
                .body("[1].note", containsString("25/NQ-HĐND"));
        admin().get("/api/v1/agencies/" + merged).then().body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"0\""));

        admin().get("/api/v1/reorganisations/" + id).then().statusCode(200).body("predecessors", hasSize(2))
                .body("note", equalTo("Hợp nhất Sở Thông tin và Truyền thông và Sở Khoa học và Công nghệ"));
        admin().queryParam("agencyId", merged).get("/api/v1/reorganisations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        admin().queryParam("agencyId", tttt).queryParam("kind", "SPLIT").get("/api/v1/reorganisations").then().body("total", equalTo(0));
        admin().queryParam("agencyId", tttt).queryParam("kind", "MERGE").get("/api/v1/reorganisations").then().body("total", equalTo(1));

        List<ConsumerRecord<String, String>> events = TopicReader.await(bootstrapServers, Topics.REGISTRY_REORGANISATIONS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(TopicReader.header(event, "ce_type")).isEqualTo("vn.gov.pressinfo.registry.AgencyReorganized.v1");
        assertThat(TopicReader.header(event, "ce_subject")).isEqualTo(id);
        assertThat(event.value()).contains("\"kind\":\"MERGE\"").contains("\"effectiveDate\":\"2025-03-01\"")
                .contains("\"number\":\"25/NQ-HĐND\"")
                .contains("{\"predecessorId\":\"" + tttt + "\",\"predecessorName\":\"Sở Thông tin và Truyền thông\",\"successorIds\":[\""
                        + merged + "\"],\"workTo\":\"" + merged + "\",\"workToName\":\"Sở Khoa học và Công nghệ (mới)\"}")
                .contains("{\"predecessorId\":\"" + khcn + "\",\"predecessorName\":\"Sở Khoa học và Công nghệ\",\"successorIds\":[\""
                        + merged + "\"],\"workTo\":\"" + merged + "\",\"workToName\":\"Sở Khoa học và Công nghệ (mới)\"}")
                .contains("\"movedChildren\":[]");

        List<ConsumerRecord<String, String>> snapshots = TopicReader.await(bootstrapServers, Topics.REGISTRY_AGENCIES,
                r -> tttt.equals(r.key()) && r.value().contains("\"status\":\"DISSOLVED\""), 1, Duration.ofSeconds(20));
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).value()).contains("\"version\":1").contains("\"validFrom\":\"2025-03-01\"");
    }

    @Test
    void successorsFollowChainsAndPredecessorsLeadBack() {
        String a = agency("Sở A", "DEPARTMENT", null);
        String x = agency("Sở X", "DEPARTMENT", null);
        String newCode = "R-B-" + marker();
        String b = admin().body(reorganisation("MERGE", "2025-03-01", List.of(a, x),
                        List.of(newAgency(newCode, "Sở B hợp nhất", "DEPARTMENT", null))))
                .post("/api/v1/reorganisations").then().statusCode(201)
                .body("successors[0].created", equalTo(true)).body("successors[0].code", equalTo(newCode))
                .extract().path("successors[0].agencyId");
        admin().get("/api/v1/agencies/" + b).then().body("validFrom", equalTo("2025-03-01")).body("name", equalTo("Sở B hợp nhất"));

        String c = agency("Sở C", "DEPARTMENT", null);
        String d = admin().body(reorganisation("SPLIT", "2025-07-01", List.of(b),
                        List.of(existing(c), newAgency("R-D-" + marker(), "Sở D", "DEPARTMENT", null))))
                .post("/api/v1/reorganisations").then().statusCode(201)
                .body("mapping", hasSize(1)).body("mapping[0].successorIds", hasSize(2))
                .extract().path("successors[1].agencyId");

        admin().get("/api/v1/agencies/" + a + "/successors").then().statusCode(200)
                .body("agencyId", equalTo(a))
                .body("agencies.agencyId", containsInAnyOrder(c, d))
                .body("agencies.status", everyItemIs("ACTIVE"))
                .body("chain", hasSize(3))
                .body("chain.find { it.depth == 1 }.successor.agencyId", equalTo(b))
                .body("chain.find { it.depth == 1 }.kind", equalTo("MERGE"))
                .body("chain.findAll { it.depth == 2 }.successor.agencyId", containsInAnyOrder(c, d))
                .body("chain.findAll { it.depth == 2 }.kind", everyItemIs("SPLIT"))
                .body("truncated", equalTo(false));
        admin().get("/api/v1/agencies/" + d + "/predecessors").then().statusCode(200)
                .body("agencies.agencyId", containsInAnyOrder(a, x))
                .body("chain", hasSize(3));
        admin().get("/api/v1/agencies/" + c + "/successors").then().body("agencies", hasSize(0)).body("chain", hasSize(0));
        admin().get("/api/v1/agencies/" + UUID.randomUUID() + "/successors").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void renameAddsAVersionWithoutLinks() {
        String id = agency("Sở Văn hóa và Thể thao", "DEPARTMENT", null);
        String newCode = "R-VHTTDL-" + marker();
        var body = new HashMap<String, Object>(Map.of("kind", "RENAME", "effectiveDate", "2025-03-01", "legalBasis", DECISION,
                "agencyId", id, "newName", "Sở Văn hóa,  Thể thao và Du lịch", "newCode", newCode));
        admin().body(body).post("/api/v1/reorganisations").then().statusCode(201)
                .body("renamed.agencyId", equalTo(id))
                .body("renamed.name", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("renamed.previousName", equalTo("Sở Văn hóa và Thể thao"))
                .body("renamed.code", equalTo(newCode))
                .body("predecessors", hasSize(0)).body("successors", hasSize(0))
                .body("mapping[0].predecessorId", equalTo(id)).body("mapping[0].successorIds", hasSize(0));
        admin().get("/api/v1/agencies/" + id).then().body("status", equalTo("ACTIVE"))
                .body("name", equalTo("Sở Văn hóa, Thể thao và Du lịch")).body("code", equalTo(newCode));
        admin().get("/api/v1/agencies/" + id + "/history").then().body("", hasSize(2)).body("[0].validTo", equalTo("2025-03-01"));
        admin().get("/api/v1/agencies/" + id + "/successors").then().body("chain", hasSize(0));

        admin().body(body).post("/api/v1/reorganisations").then().statusCode(422).body("errors.field", hasItem("newName"));
        body.put("predecessorIds", List.of(id));
        admin().body(body).post("/api/v1/reorganisations").then().statusCode(422).body("errors.field", hasItem("predecessorIds"));
    }

    @Test
    void dissolutionWithAndWithoutSuccessor() {
        String district = agency("Ủy ban nhân dân huyện Tân Hiệp", "DISTRICT", null);
        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(district), List.of())).post("/api/v1/reorganisations")
                .then().statusCode(201).body("successors", hasSize(0)).body("mapping[0].successorIds", hasSize(0))
                .body("mapping[0].workTo", nullValue());
        admin().get("/api/v1/agencies/" + district).then().body("status", equalTo("DISSOLVED"));
        admin().get("/api/v1/agencies/" + district + "/successors").then().body("agencies", hasSize(0)).body("chain", hasSize(0));

        String board = agency("Ban Quản lý dự án", "OTHER", null);
        String takesOver = agency("Sở Xây dựng", "DEPARTMENT", null);
        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(board), List.of(existing(takesOver)))).post("/api/v1/reorganisations")
                .then().statusCode(201).body("mapping[0].successorIds", equalTo(List.of(takesOver)))
                .body("mapping[0].workTo", equalTo(takesOver));
        admin().get("/api/v1/agencies/" + board + "/successors").then().body("agencies.agencyId", equalTo(List.of(takesOver)));

        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(agency("Cơ quan", "OTHER", null)),
                List.of(existing(takesOver), existing(agency("Cơ quan khác", "OTHER", null))))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("successors"));
    }

    @Test
    void rulesAreProblemsNamingTheFields() {
        String a = agency("Sở Một", "DEPARTMENT", null);
        String b = agency("Sở Hai", "DEPARTMENT", null);
        String gone = UUID.randomUUID().toString();

        // unknown agency
        admin().body(reorganisation("MERGE", "2025-03-01", List.of(a, gone), List.of(existing(b)))).post("/api/v1/reorganisations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("predecessorIds[1]")).body("errors.message", hasItem(containsString(gone)));
        // an agency both predecessor and successor
        admin().body(reorganisation("MERGE", "2025-03-01", List.of(a, b), List.of(existing(a)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("successors[0].agencyId"));
        // effective date before the agencies' current versions
        admin().body(reorganisation("MERGE", "2019-12-31", List.of(a, b), List.of(newAgency("R-" + marker(), "Sở Mới", "DEPARTMENT", null))))
                .post("/api/v1/reorganisations").then().statusCode(422).body("errors.field", hasItem("effectiveDate"));
        // shape of each kind
        admin().body(reorganisation("MERGE", "2025-03-01", List.of(a), List.of(existing(b)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("predecessorIds"));
        admin().body(reorganisation("SPLIT", "2025-03-01", List.of(a), List.of(existing(b)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("successors"));
        admin().body(reorganisation("SPLIT", "2025-03-01", List.of(a), List.of(existing(b), Map.of("name", "Thiếu mã"))))
                .post("/api/v1/reorganisations").then().statusCode(422)
                .body("errors.field", hasItem("successors[1].code")).body("errors.field", hasItem("successors[1].type"));
        // bean validation
        admin().body(Map.of("kind", "MERGE")).post("/api/v1/reorganisations").then().statusCode(400)
                .body("errors.field", hasItem("effectiveDate")).body("errors.field", hasItem("legalBasis"));
        admin().body(Map.of("kind", "ABSORB", "effectiveDate", "2025-03-01", "legalBasis", DECISION)).post("/api/v1/reorganisations")
                .then().statusCode(400).contentType("application/problem+json");

        // a dissolved agency cannot take part again
        String c = agency("Sở Ba", "DEPARTMENT", null);
        admin().body(reorganisation("DISSOLVE", "2025-03-01", List.of(c), List.of())).post("/api/v1/reorganisations").then().statusCode(201);
        admin().body(reorganisation("MERGE", "2025-04-01", List.of(a, c), List.of(existing(b)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("predecessorIds[1]"))
                .body("errors.message", hasItem(containsString("dissolved")));
        admin().body(reorganisation("DISSOLVE", "2025-04-01", List.of(a), List.of(existing(c)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("successors[0].agencyId"));
        admin().get("/api/v1/agencies/" + a).then().body("status", equalTo("ACTIVE"));
        admin().get("/api/v1/reorganisations/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDissolvedAgencyKeepsNoActiveChildren() {
        String district = agency("Ủy ban nhân dân huyện Kiên Hải", "DISTRICT", null);
        String commune = agency("Ủy ban nhân dân xã Hòn Tre", "COMMUNE", district);
        String communeCode = admin().get("/api/v1/agencies/" + commune).then().extract().path("code");
        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(district), List.of())).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("predecessorIds[0]"))
                .body("errors.message", hasItem(containsString(communeCode)));
        // a new successor may not hang under a predecessor that ends
        String other = agency("Ủy ban nhân dân xã Lại Sơn", "COMMUNE", null);
        admin().body(reorganisation("MERGE", "2025-07-01", List.of(other, agency("Xã An Sơn", "COMMUNE", null)),
                List.of(newAgency("R-" + marker(), "Đặc khu Kiên Hải", "COMMUNE", other)))).post("/api/v1/reorganisations")
                .then().statusCode(422).body("errors.field", hasItem("successors[0].parentId"));

        // merging the parent together with its children is fine; so is dissolving it once the child has moved
        var move = new HashMap<String, Object>(Map.of("code", communeCode, "name", "Ủy ban nhân dân xã Hòn Tre", "type", "COMMUNE",
                "validFrom", "2025-07-01"));
        admin().header("If-Match", "\"0\"").body(move).put("/api/v1/agencies/" + commune).then().statusCode(200);
        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(district), List.of())).post("/api/v1/reorganisations")
                .then().statusCode(201);
    }

    @Test
    void aFailedReorganisationWritesNothing() {
        String district = agency("Ủy ban nhân dân huyện Giồng Riềng", "DISTRICT", null);
        String taken = admin().get("/api/v1/agencies/" + agency("Xã đã có", "COMMUNE", null)).then().extract().path("code");
        String mark = marker();
        String firstCode = "R-FIRST-" + mark;
        // the first new successor is created, then the second's code is taken: the whole request rolls back
        admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(
                        newAgency(firstCode, "Xã Giồng Riềng " + mark, "COMMUNE", null),
                        newAgency(taken, "Xã Thạnh Hưng " + mark, "COMMUNE", null))))
                .post("/api/v1/reorganisations").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(taken));

        admin().queryParam("q", "giong rieng " + mark).get("/api/v1/agencies").then().body("total", equalTo(0));
        admin().get("/api/v1/agencies/" + district).then().body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"0\""));
        admin().get("/api/v1/agencies/" + district + "/history").then().body("", hasSize(1));
        admin().queryParam("agencyId", district).get("/api/v1/reorganisations").then().body("total", equalTo(0));
        admin().get("/api/v1/agencies/" + district + "/successors").then().body("chain", hasSize(0));

        // the same split with a free code goes through, and only it reaches the topic
        String id = admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(
                        newAgency(firstCode, "Xã Giồng Riềng " + mark, "COMMUNE", null),
                        newAgency("R-SECOND-" + mark, "Xã Thạnh Hưng " + mark, "COMMUNE", null))))
                .post("/api/v1/reorganisations").then().statusCode(201).extract().path("id");
        TopicReader.await(bootstrapServers, Topics.REGISTRY_REORGANISATIONS, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(TopicReader.readAll(bootstrapServers, Topics.REGISTRY_REORGANISATIONS))
                .filteredOn(r -> r.value().contains(district)).hasSize(1)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(id));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String a = agency("Sở Tư pháp", "DEPARTMENT", null);
        String key = UUID.randomUUID().toString();
        var body = reorganisation("DISSOLVE", "2025-07-01", List.of(a), List.of());
        String first = admin().header("Idempotency-Key", key).body(body).post("/api/v1/reorganisations")
                .then().statusCode(201).extract().path("id");
        admin().header("Idempotency-Key", key).body(body).post("/api/v1/reorganisations")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        admin().queryParam("agencyId", a).get("/api/v1/reorganisations").then().body("total", equalTo(1));
    }

    @Test
    void pressAdminAndSystemWriteEveryRoleReadsAnonymousIsRejected() {
        String a = agency("Sở Công Thương", "DEPARTMENT", null);
        var body = reorganisation("DISSOLVE", "2025-07-01", List.of(a), List.of());
        anonymous().get("/api/v1/reorganisations").then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/agencies/" + a + "/successors").then().statusCode(401);
        anonymous().get("/api/v1/agencies/" + a + "/predecessors").then().statusCode(401);
        anonymous().body(body).post("/api/v1/reorganisations").then().statusCode(401);
        for (String role : List.of("auditor", "agency-officer", "press-monitor")) {
            as(role).body(body).post("/api/v1/reorganisations").then().statusCode(403).contentType("application/problem+json");
            as(role).get("/api/v1/reorganisations").then().statusCode(200);
            as(role).get("/api/v1/agencies/" + a + "/successors").then().statusCode(200);
            as(role).get("/api/v1/agencies/" + a + "/predecessors").then().statusCode(200);
        }
        admin().get("/api/v1/agencies/" + a).then().body("status", equalTo("ACTIVE"));
        String id = as("system").body(body).post("/api/v1/reorganisations").then().statusCode(201)
                .body("recordedBy", equalTo("system-user")).extract().path("id");
        as("auditor").get("/api/v1/reorganisations/" + id).then().statusCode(200);
    }
}
