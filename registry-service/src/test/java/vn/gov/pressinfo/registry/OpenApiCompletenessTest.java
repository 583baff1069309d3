package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What a client developer needs from every operation of the document: an operationId, a summary, a
 * description, a described tag, a documented success response with a schema, and a request example.
 */
@QuarkusTest
class OpenApiCompletenessTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsFullyDocumented() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Set<String> describedTags = doc.<Map<String, Object>>getList("tags").stream()
                .filter(t -> t.get("description") != null && !t.get("description").toString().isBlank())
                .map(t -> t.get("name").toString()).collect(Collectors.toSet());
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String where = method.toUpperCase() + " " + path;
            for (String field : List.of("operationId", "summary", "description", "tags")) {
                if (op.get(field) == null) {
                    gaps.add(where + ": no " + field);
                }
            }
            List<String> tags = (List<String>) op.getOrDefault("tags", List.of());
            tags.stream().filter(t -> !describedTags.contains(t)).forEach(t -> gaps.add(where + ": tag without description: " + t));
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            boolean documentedSuccess = responses.entrySet().stream().anyMatch(r -> r.getKey().startsWith("2")
                    && r.getValue().get("content") instanceof Map<?, ?> content
                    && content.values().stream().allMatch(m -> m instanceof Map<?, ?> media && media.get("schema") != null));
            if (!documentedSuccess) {
                gaps.add(where + ": no 2xx response with a schema");
            }
            if (op.get("requestBody") instanceof Map<?, ?> body) {
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
                if (content.values().stream().anyMatch(m -> m.get("examples") == null && m.get("example") == null)) {
                    gaps.add(where + ": request body without an example");
                }
            }
        }));
        assertThat(gaps).isEmpty();
    }
}
