package vn.gov.pressinfo.registry.role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.anonymous;
import static vn.gov.pressinfo.registry.Api.as;
import static vn.gov.pressinfo.registry.Api.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * The press management department as a dated role. The role is one timeline shared by the whole test
 * database, so the whole story is told in one test, in order.
 */
@QuarkusTest
class AgencyRoleResourceTest {

    private static final String ROLE = "/api/v1/agency-roles/PRESS_MANAGEMENT_DEPARTMENT";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The AgencyRoleChanged events of the role, oldest first, once {@code count} have arrived; exactly that many. */
    private List<JsonPath> roleEvents(int count) {
        TopicReader.await(bootstrapServers, Topics.REGISTRY_AGENCIES, r -> "PRESS_MANAGEMENT_DEPARTMENT".equals(r.key()), count,
                Duration.ofSeconds(20));
        List<ConsumerRecord<String, String>> events = TopicReader.readAll(bootstrapServers, Topics.REGISTRY_AGENCIES).stream()
                .filter(r -> "PRESS_MANAGEMENT_DEPARTMENT".equals(r.key())).toList();
        assertThat(events).hasSize(count)
                .allSatisfy(r -> assertThat(TopicReader.header(r, "ce_type")).isEqualTo("vn.gov.pressinfo.registry.AgencyRoleChanged.v1"));
        return events.stream().map(r -> JsonPath.from(r.value())).toList();
    }

    private static String agency(String name) {
        return admin().body(Map.of("code", "KG-" + marker(), "name", name, "type", "DEPARTMENT", "validFrom", "2008-01-01"))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> assignment(String agencyId, String validFrom, String number) {
        return Map.of("agencyId", agencyId, "validFrom", validFrom,
                "document", Map.of("number", number, "date", validFrom, "signer", "Ủy ban nhân dân tỉnh Kiên Giang"));
    }

    @Test
    void kienGiangPressManagementDepartmentMovesFromInformationToCultureOnFirstMarch2025() {
        String tttt = agency("Sở Thông tin và Truyền thông");
        String vhttdl = agency("Sở Văn hóa, Thể thao và Du lịch");
        String khcn = agency("Sở Khoa học và Công nghệ");

        admin().queryParam("on", "2024-05-01").get(ROLE).then().statusCode(404).contentType("application/problem+json");

        admin().body(assignment(tttt, "2008-03-01", "1001/QĐ-UBND")).put(ROLE).then().statusCode(200)
                .body("role", equalTo("PRESS_MANAGEMENT_DEPARTMENT"))
                .body("agencyId", equalTo(tttt)).body("agencyName", equalTo("Sở Thông tin và Truyền thông"))
                .body("validFrom", equalTo("2008-03-01")).body("validTo", nullValue())
                .body("document.number", equalTo("1001/QĐ-UBND")).body("recordedBy", equalTo("press-admin-user"));

        // Sở TTTT cannot be merged away while it is still the press management department after the merge date
        var merge = new HashMap<String, Object>(Map.of("kind", "MERGE", "effectiveDate", "2025-03-01",
                "legalBasis", Map.of("number", "25/NQ-HĐND", "date", "2025-02-19", "signer", "Hội đồng nhân dân tỉnh Kiên Giang"),
                "predecessorIds", List.of(tttt, khcn),
                "successors", List.of(Map.of("code", "KG-" + marker(), "name", "Sở Khoa học và Công nghệ", "type", "DEPARTMENT"))));
        admin().body(merge).post("/api/v1/reorganisations").then().statusCode(422)
                .body("errors.field", hasItem("predecessorIds[0]"))
                .body("errors.message", hasItem(containsString("PRESS_MANAGEMENT_DEPARTMENT")));

        // the role passes to Sở VHTTDL from 2025-03-01
        admin().body(assignment(vhttdl, "2025-03-01", "312/QĐ-UBND")).put(ROLE).then().statusCode(200)
                .body("agencyId", equalTo(vhttdl)).body("validFrom", equalTo("2025-03-01")).body("validTo", nullValue());

        admin().queryParam("on", "2024-05-01").get(ROLE).then().statusCode(200).body("agencyId", equalTo(tttt))
                .body("validTo", equalTo("2025-03-01"));
        admin().queryParam("on", "2025-02-28").get(ROLE).then().statusCode(200).body("agencyId", equalTo(tttt));
        admin().queryParam("on", "2025-03-01").get(ROLE).then().statusCode(200).body("agencyId", equalTo(vhttdl));
        admin().get(ROLE).then().statusCode(200).body("agencyId", equalTo(vhttdl));
        admin().queryParam("on", "2000-01-01").get(ROLE).then().statusCode(404);

        // assigning it to the holder again changes nothing; an earlier start than the holder's is refused
        admin().body(assignment(vhttdl, "2026-01-01", "999/QĐ-UBND")).put(ROLE).then().statusCode(200)
                .body("validFrom", equalTo("2025-03-01"));
        admin().body(assignment(tttt, "2025-03-01", "998/QĐ-UBND")).put(ROLE).then().statusCode(422)
                .body("errors.field", hasItem("validFrom"));

        admin().get(ROLE + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].agencyId", equalTo(tttt)).body("[0].validFrom", equalTo("2008-03-01")).body("[0].validTo", equalTo("2025-03-01"))
                .body("[1].agencyId", equalTo(vhttdl)).body("[1].validTo", nullValue())
                .body("[1].document.number", equalTo("312/QĐ-UBND"));

        // each change of hands was published with every term, oldest first; the re-assignment to the holder was not
        List<JsonPath> events = roleEvents(2);
        assertThat(events.get(0).getList("terms")).hasSize(1);
        assertThat(events.get(0).getString("terms[0].agencyId")).isEqualTo(tttt);
        JsonPath both = events.get(1);
        assertThat(both.getString("role")).isEqualTo("PRESS_MANAGEMENT_DEPARTMENT");
        assertThat(both.getString("roleLabel")).isEqualTo("Cơ quan quản lý nhà nước về báo chí của tỉnh");
        assertThat(both.getList("terms")).hasSize(2);
        assertThat(both.getString("terms[0].agencyId")).isEqualTo(tttt);
        assertThat(both.getString("terms[0].agencyName")).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(both.getString("terms[0].validFrom")).isEqualTo("2008-03-01");
        assertThat(both.getString("terms[0].validTo")).isEqualTo("2025-03-01");
        assertThat(both.getString("terms[0].documentNumber")).isEqualTo("1001/QĐ-UBND");
        assertThat(both.getString("terms[1].agencyId")).isEqualTo(vhttdl);
        assertThat(both.getString("terms[1].agencyCode")).startsWith("KG-");
        assertThat(both.getString("terms[1].validFrom")).isEqualTo("2025-03-01");
        assertThat(both.getString("terms[1].validTo")).isNull();
        assertThat(both.getString("changedBy")).isEqualTo("press-admin-user");
        assertThat(both.getString("changedAt")).endsWith("Z");

        // renaming an agency that never held the role publishes nothing; renaming a holder, now or earlier, republishes it
        rename(khcn, "Sở Khoa học, Công nghệ và Đổi mới sáng tạo", "2025-01-01");
        admin().body(Map.of("kind", "RENAME", "effectiveDate", "2025-07-01",
                        "legalBasis", Map.of("number", "40/QĐ-UBND", "date", "2025-06-20", "signer", "Ủy ban nhân dân tỉnh Kiên Giang"),
                        "agencyId", vhttdl, "newName", "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang"))
                .post("/api/v1/reorganisations").then().statusCode(201);
        rename(tttt, "Sở Thông tin - Truyền thông", "2025-01-01");
        events = roleEvents(4);
        assertThat(events.get(2).getString("terms[1].agencyName")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang");
        assertThat(events.get(3).getString("terms[0].agencyName")).isEqualTo("Sở Thông tin - Truyền thông");
        assertThat(events.get(3).getString("terms[1].agencyName")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang");

        // now the merge goes through, and a dissolved agency cannot take the role
        admin().body(merge).post("/api/v1/reorganisations").then().statusCode(201);
        admin().body(assignment(tttt, "2027-01-01", "997/QĐ-UBND")).put(ROLE).then().statusCode(422)
                .body("errors.field", hasItem("agencyId"));
        admin().body(assignment(java.util.UUID.randomUUID().toString(), "2027-01-01", "996/QĐ-UBND")).put(ROLE).then().statusCode(422)
                .body("errors.field", hasItem("agencyId"));
        admin().body(Map.of("agencyId", vhttdl)).put(ROLE).then().statusCode(400)
                .body("errors.field", hasItem("validFrom")).body("errors.field", hasItem("document"));

        // security: press-admin and system write, every role reads, anonymous is rejected
        anonymous().get(ROLE).then().statusCode(401).contentType("application/problem+json");
        anonymous().get(ROLE + "/history").then().statusCode(401);
        anonymous().body(assignment(khcn, "2027-01-01", "1/QĐ")).put(ROLE).then().statusCode(401);
        for (String role : List.of("auditor", "agency-officer", "press-monitor")) {
            as(role).body(assignment(vhttdl, "2027-01-01", "2/QĐ")).put(ROLE).then().statusCode(403);
            as(role).get(ROLE).then().statusCode(200).body("agencyId", equalTo(vhttdl));
            as(role).get(ROLE + "/history").then().statusCode(200);
        }
        as("system").body(assignment(vhttdl, "2027-01-01", "3/QĐ")).put(ROLE).then().statusCode(200);
        // an unknown role is a bad path parameter, answered like every other one by the platform
        admin().get("/api/v1/agency-roles/SPOKESPERSON_OF_THE_MOON").then().statusCode(400).contentType("application/problem+json");
    }

    /** Changes the agency's name from {@code validFrom} with PUT (If-Match its current ETag). */
    private static void rename(String id, String name, String validFrom) {
        var current = admin().get("/api/v1/agencies/" + id).then().statusCode(200).extract();
        var body = new HashMap<String, Object>(Map.of("code", current.path("code"), "name", name, "type", current.path("type"),
                "validFrom", validFrom));
        admin().header("If-Match", current.header("ETag")).body(body).put("/api/v1/agencies/" + id).then().statusCode(200);
    }
}
