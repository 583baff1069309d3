package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The committed {@code docs/openapi/<service>.yaml} must be what the code serves; the build fails
 * when it is stale. Regenerate with {@code ./mvnw verify -Dpressinfo.openapi.update=true}. Extend
 * in a {@code @QuarkusTest} of each service (surefire passes {@code pressinfo.openapi.file}).
 */
public abstract class OpenApiDocumentContract {

    @Test
    void committedDocumentMatchesTheCode() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String location = System.getProperty("pressinfo.openapi.file");
        assertThat(location).as("system property pressinfo.openapi.file (set by the service's surefire configuration)").isNotBlank();
        Path file = Path.of(location);
        if (Boolean.getBoolean("pressinfo.openapi.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served, StandardCharsets.UTF_8);
        }
        assertThat(file).as("committed OpenAPI document").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is stale: run ./mvnw verify -Dpressinfo.openapi.update=true and commit it", file)
                .isEqualTo(served);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * What a client developer needs from every operation: an operationId, a summary, a description, a
     * described tag, a documented success response with a schema, and a request example.
     */
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
