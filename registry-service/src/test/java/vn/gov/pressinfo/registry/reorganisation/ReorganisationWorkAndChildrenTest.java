package vn.gov.pressinfo.registry.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.marker;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationResourceTest.agency;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationResourceTest.existing;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationResourceTest.newAgency;
import static vn.gov.pressinfo.registry.reorganisation.ReorganisationResourceTest.reorganisation;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.registry.audit.AuditTrail;
import vn.gov.pressinfo.testing.TopicReader;

/** Who takes each predecessor's open work, and the children a merge moves (issue 16). */
@QuarkusTest
class ReorganisationWorkAndChildrenTest {

    private static final String REORGANISATIONS = "/api/v1/reorganisations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    AuditTrail audit;
    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> takingWorkOf(Map<String, Object> successor, String... predecessors) {
        var body = new HashMap<>(successor);
        body.put("takesWorkOf", List.of(predecessors));
        return body;
    }

    private JsonPath event(String reorganisationId) {
        List<ConsumerRecord<String, String>> events = TopicReader.await(bootstrapServers, Topics.REGISTRY_REORGANISATIONS,
                r -> reorganisationId.equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        return JsonPath.from(events.get(0).value());
    }

    @Test
    void eachPredecessorsWorkGoesToTheSuccessorNamedForItOrTheDefault() {
        // a split names who takes the work
        String district = agency("Ủy ban nhân dân huyện Châu Thành", "DISTRICT", null);
        String existingCommune = agency("Ủy ban nhân dân xã Bình An", "COMMUNE", null);
        String code = "R-MT-" + marker();
        var split = admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(existing(existingCommune),
                        takingWorkOf(newAgency(code, "Ủy ban nhân dân xã Minh Lương", "COMMUNE", null), district))))
                .post(REORGANISATIONS).then().statusCode(201)
                .body("mapping[0].successorIds", hasSize(2)).extract();
        String heir = split.path("successors[1].agencyId");
        assertThat((String) split.path("mapping[0].workTo")).isEqualTo(heir);
        JsonPath event = event(split.path("id"));
        assertThat(event.getString("mapping[0].predecessorName")).isEqualTo("Ủy ban nhân dân huyện Châu Thành");
        assertThat(event.getString("mapping[0].workTo")).isEqualTo(heir);
        assertThat(event.getString("mapping[0].workToName")).isEqualTo("Ủy ban nhân dân xã Minh Lương");
        admin().get(REORGANISATIONS + "/" + split.path("id")).then().body("mapping[0].workTo", equalTo(heir));

        // a split that names nobody gives the work to the first successor listed
        String other = agency("Ủy ban nhân dân huyện Giang Thành", "DISTRICT", null);
        String first = agency("Ủy ban nhân dân xã Vĩnh Điều", "COMMUNE", null);
        admin().body(reorganisation("SPLIT", "2025-07-01", List.of(other), List.of(existing(first),
                        existing(agency("Ủy ban nhân dân xã Vĩnh Phú", "COMMUNE", null)))))
                .post(REORGANISATIONS).then().statusCode(201).body("mapping[0].workTo", equalTo(first));

        // a merge: the single successor, whether it names the predecessors or not
        String a = agency("Sở Nội vụ", "DEPARTMENT", null);
        String b = agency("Sở Lao động - Thương binh và Xã hội", "DEPARTMENT", null);
        String merged = agency("Sở Nội vụ (hợp nhất)", "DEPARTMENT", null);
        String mergeId = admin().body(reorganisation("MERGE", "2025-03-01", List.of(a, b), List.of(takingWorkOf(existing(merged), b))))
                .post(REORGANISATIONS).then().statusCode(201)
                .body("mapping.workTo", everyItem(equalTo(merged))).extract().path("id");
        event = event(mergeId);
        assertThat(event.getList("mapping.workTo")).containsExactly(merged, merged);
        assertThat(event.getList("mapping.workToName")).containsOnly("Sở Nội vụ (hợp nhất)");

        // a dissolution without successor: nobody, the work returns to the department
        String board = agency("Ban Quản lý khu kinh tế", "OTHER", null);
        String dissolveId = admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(board), List.of()))
                .post(REORGANISATIONS).then().statusCode(201).body("mapping[0].workTo", nullValue()).extract().path("id");
        event = event(dissolveId);
        assertThat(event.getString("mapping[0].workTo")).isNull();
        assertThat(event.getString("mapping[0].workToName")).isNull();
        assertThat(event.getList("mapping[0].successorIds")).isEmpty();
    }

    @Test
    void takesWorkOfMustNameAPredecessorOnceAndNotForARename() {
        String district = agency("Ủy ban nhân dân huyện An Biên", "DISTRICT", null);
        String x = agency("Xã Đông Thái", "COMMUNE", null);
        String y = agency("Xã Đông Yên", "COMMUNE", null);
        String stranger = agency("Sở Y tế", "DEPARTMENT", null);
        // both rules broken at once: one 422 naming both fields, nothing written
        admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(
                        takingWorkOf(existing(x), district), takingWorkOf(existing(y), stranger, district))))
                .post(REORGANISATIONS).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("successors[1].takesWorkOf[0]", "successors[1].takesWorkOf[1]"))
                .body("errors.message", hasItem(containsString("is not one of predecessorIds")))
                .body("errors.message", hasItem(containsString("already named by successors[0]")));
        admin().get("/api/v1/agencies/" + district).then().body("status", equalTo("ACTIVE"));

        var rename = new HashMap<String, Object>(Map.of("kind", "RENAME", "effectiveDate", "2025-07-01",
                "legalBasis", Map.of("number", "1/QĐ", "date", "2025-06-01", "signer", "UBND tỉnh"), "agencyId", district,
                "newName", "Ủy ban nhân dân huyện An Biên mới", "successors", List.of(takingWorkOf(existing(x), district))));
        admin().body(rename).post(REORGANISATIONS).then().statusCode(422)
                .body("errors.field", hasItems("successors", "successors[0].takesWorkOf[0]"));
        // a null entry is a bad request, not a server error
        var nulls = new HashMap<String, Object>(existing(x));
        nulls.put("takesWorkOf", java.util.Arrays.asList((Object) null));
        admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(nulls, existing(y))))
                .post(REORGANISATIONS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aProvinceMergeMovesEveryActiveChildUnderTheSuccessor() {
        String kienGiang = agency("Ủy ban nhân dân tỉnh Kiên Giang", "PROVINCE", null);
        String anGiang = agency("Ủy ban nhân dân tỉnh An Giang", "PROVINCE", null);
        String rachGia = agency("Ủy ban nhân dân phường Rạch Giá", "COMMUNE", kienGiang);
        String phuQuoc = agency("Ủy ban nhân dân đặc khu Phú Quốc", "COMMUNE", kienGiang);
        String longXuyen = agency("Ủy ban nhân dân phường Long Xuyên", "COMMUNE", anGiang);
        String gone = agency("Ủy ban nhân dân xã đã giải thể", "COMMUNE", kienGiang);
        admin().body(reorganisation("DISSOLVE", "2025-01-01", List.of(gone), List.of())).post(REORGANISATIONS).then().statusCode(201);
        String code = "R-AG-" + marker();

        var response = admin().body(reorganisation("MERGE", "2025-07-01", List.of(kienGiang, anGiang),
                        List.of(newAgency(code, "Ủy ban nhân dân tỉnh An Giang (mới)", "PROVINCE", null))))
                .post(REORGANISATIONS).then().statusCode(201)
                .body("movedChildren", hasSize(3))
                .body("movedChildren.agencyId", containsInAnyOrder(rachGia, phuQuoc, longXuyen))
                .body("movedChildren.find { it.agencyId == '" + rachGia + "' }.fromParentId", equalTo(kienGiang))
                .body("movedChildren.find { it.agencyId == '" + longXuyen + "' }.fromParentId", equalTo(anGiang))
                .body("movedChildren.find { it.agencyId == '" + rachGia + "' }.name", equalTo("Ủy ban nhân dân phường Rạch Giá"))
                .body("movedChildren.code", everyItem(containsString("R-")))
                .extract();
        String province = response.path("successors[0].agencyId");
        assertThat(response.<List<String>>path("movedChildren.toParentId")).containsOnly(province);
        String id = response.path("id");

        // the child's parent changed from the effective date; its history keeps the old parent
        admin().get("/api/v1/agencies/" + rachGia).then().body("parentId", equalTo(province)).body("validFrom", equalTo("2025-07-01"))
                .body("status", equalTo("ACTIVE")).header("ETag", equalTo("\"1\""));
        admin().get("/api/v1/agencies/" + rachGia + "/history").then().body("", hasSize(2))
                .body("[0].parentId", equalTo(kienGiang)).body("[0].validTo", equalTo("2025-07-01"))
                .body("[1].parentId", equalTo(province)).body("[1].validTo", nullValue())
                .body("[1].note", containsString("25/NQ-HĐND"));
        admin().get("/api/v1/agencies/" + gone).then().body("parentId", equalTo(kienGiang)).body("status", equalTo("DISSOLVED"));
        admin().queryParam("parentId", province).get("/api/v1/agencies").then().body("total", equalTo(3));
        admin().get(REORGANISATIONS + "/" + id).then().body("movedChildren", hasSize(3));
        assertThat(audit.trail(ReorganisationService.AGENCY_ENTITY, java.util.UUID.fromString(rachGia)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("MOVED_BY_REORGANISATION");
                    assertThat(entry.changes().get("parentId")).containsEntry("from", kienGiang).containsEntry("to", province);
                });

        // a snapshot each, and the event lists the moves
        List<ConsumerRecord<String, String>> snapshots = TopicReader.await(bootstrapServers, Topics.REGISTRY_AGENCIES,
                r -> List.of(rachGia, phuQuoc, longXuyen).contains(r.key()) && r.value().contains("\"parentId\":\"" + province + "\""), 3,
                Duration.ofSeconds(20));
        assertThat(snapshots).hasSize(3).allSatisfy(r -> assertThat(r.value()).contains("\"validFrom\":\"2025-07-01\""));
        JsonPath event = event(id);
        assertThat(event.getList("movedChildren.agencyId")).containsExactlyInAnyOrder(rachGia, phuQuoc, longXuyen);
        assertThat(event.getList("movedChildren.toParentId")).containsOnly(province);
        assertThat(event.getString("movedChildren.find { it.agencyId == '" + phuQuoc + "' }.fromParentId")).isEqualTo(kienGiang);
        assertThat(event.getString("movedChildren.find { it.agencyId == '" + phuQuoc + "' }.agencyName"))
                .isEqualTo("Ủy ban nhân dân đặc khu Phú Quốc");
    }

    @Test
    void aDissolutionWithOneSuccessorMovesTheChildrenASplitStillRefuses() {
        String district = agency("Ủy ban nhân dân huyện Hòn Đất", "DISTRICT", null);
        String commune = agency("Ủy ban nhân dân xã Sơn Kiên", "COMMUNE", district);
        String province = agency("Ủy ban nhân dân tỉnh", "PROVINCE", null);
        admin().body(reorganisation("SPLIT", "2025-07-01", List.of(district), List.of(existing(province),
                        existing(agency("Xã khác", "COMMUNE", null)))))
                .post(REORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("predecessorIds[0]"))
                .body("errors.message", hasItem(containsString("must be moved first")));
        admin().body(reorganisation("DISSOLVE", "2025-07-01", List.of(district), List.of(existing(province))))
                .post(REORGANISATIONS).then().statusCode(201)
                .body("movedChildren[0].agencyId", equalTo(commune)).body("movedChildren[0].toParentId", equalTo(province));
        admin().get("/api/v1/agencies/" + commune).then().body("parentId", equalTo(province));

        // an existing successor that lies under a predecessor cannot receive its siblings
        String p1 = agency("Tỉnh Một", "PROVINCE", null);
        String p2 = agency("Tỉnh Hai", "PROVINCE", null);
        String inside = agency("Xã bên trong", "COMMUNE", p1);
        admin().body(reorganisation("MERGE", "2025-07-01", List.of(p1, p2), List.of(existing(inside))))
                .post(REORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("successors[0].agencyId"))
                .body("errors.message", hasItem(containsString("lies under " + p1)));
        // a child whose current version starts after the effective date: 422 naming effectiveDate, nothing moved
        String late = agency("Xã mới lập", "COMMUNE", p2);
        var move = Map.<String, Object>of("code", admin().get("/api/v1/agencies/" + late).then().extract().path("code"),
                "name", "Xã mới lập (đổi tên)", "type", "COMMUNE", "parentId", p2, "validFrom", "2025-09-01");
        admin().header("If-Match", "\"0\"").body(new HashMap<>(move)).put("/api/v1/agencies/" + late).then().statusCode(200);
        admin().body(reorganisation("MERGE", "2025-07-01", List.of(p1, p2), List.of(newAgency("R-" + marker(), "Tỉnh Ba", "PROVINCE", null))))
                .post(REORGANISATIONS).then().statusCode(422).body("errors.field", hasItem("effectiveDate"));
        admin().get("/api/v1/agencies/" + inside).then().body("parentId", equalTo(p1)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void whenTheLastPartFailsTheMovedChildrenStayWhereTheyWere() throws Exception {
        String p1 = agency("Tỉnh Bạc Liêu", "PROVINCE", null);
        String p2 = agency("Tỉnh Cà Mau", "PROVINCE", null);
        String child = agency("Phường Bạc Liêu", "COMMUNE", p1);
        String mark = "FAIL-" + marker();
        // the outbox refuses this reorganisation's event, the last write of the request
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION test_refuse_" + mark.replace('-', '_') + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.payload LIKE '%" + mark + "%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER test_refuse_" + mark.replace('-', '_') + " BEFORE INSERT ON outbox_event FOR EACH ROW "
                    + "EXECUTE FUNCTION test_refuse_" + mark.replace('-', '_') + "()");
        }
        var body = reorganisation("MERGE", "2025-07-01", List.of(p1, p2), List.of(newAgency("R-" + marker(), "Tỉnh Cà Mau (mới)", "PROVINCE", null)));
        body.put("note", mark);
        try {
            admin().body(body).post(REORGANISATIONS).then().statusCode(500).contentType("application/problem+json");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER test_refuse_" + mark.replace('-', '_') + " ON outbox_event");
                s.execute("DROP FUNCTION test_refuse_" + mark.replace('-', '_') + "()");
            }
        }
        admin().get("/api/v1/agencies/" + child).then().body("parentId", equalTo(p1)).header("ETag", equalTo("\"0\""));
        admin().get("/api/v1/agencies/" + child + "/history").then().body("", hasSize(1));
        admin().get("/api/v1/agencies/" + p1).then().body("status", equalTo("ACTIVE"));
        admin().queryParam("q", "ca mau (moi)").get("/api/v1/agencies").then().body("total", equalTo(0));
        admin().queryParam("agencyId", p1).get(REORGANISATIONS).then().body("total", equalTo(0));
        assertThat(audit.trail(ReorganisationService.AGENCY_ENTITY, java.util.UUID.fromString(child))).isEmpty();

        // the same merge goes through once the outbox takes it
        admin().body(body).post(REORGANISATIONS).then().statusCode(201).body("movedChildren[0].agencyId", equalTo(child));
    }

    @Test
    void aFortyChildProvinceMergesInOneRequest() {
        String big = agency("Ủy ban nhân dân tỉnh Kiên Giang (40)", "PROVINCE", null);
        String small = agency("Ủy ban nhân dân tỉnh An Giang (2)", "PROVINCE", null);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            children.add(agency("Cơ quan " + i, i < 24 ? "DEPARTMENT" : "COMMUNE", big));
        }
        children.add(agency("Sở An Giang A", "DEPARTMENT", small));
        children.add(agency("Sở An Giang B", "DEPARTMENT", small));

        var response = admin().body(reorganisation("MERGE", "2025-07-01", List.of(big, small),
                        List.of(newAgency("R-AG40-" + marker(), "Ủy ban nhân dân tỉnh An Giang", "PROVINCE", null))))
                .post(REORGANISATIONS).then().statusCode(201).body("movedChildren", hasSize(42)).extract();
        String province = response.path("successors[0].agencyId");
        assertThat(response.<List<String>>path("movedChildren.agencyId")).containsExactlyInAnyOrderElementsOf(children);
        admin().queryParam("parentId", province).queryParam("size", 100).get("/api/v1/agencies").then()
                .body("total", equalTo(42)).body("items.validFrom", everyItem(equalTo("2025-07-01")));
        admin().queryParam("parentId", big).queryParam("status", "ACTIVE").get("/api/v1/agencies").then().body("total", equalTo(0));
        JsonPath event = event(response.path("id"));
        assertThat(event.getList("movedChildren.agencyId")).containsExactlyInAnyOrderElementsOf(children);
        assertThat(event.getList("movedChildren.toParentId")).hasSize(42).containsOnly(province);
    }
}
