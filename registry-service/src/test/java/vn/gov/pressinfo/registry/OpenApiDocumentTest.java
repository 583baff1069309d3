package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed docs/openapi/registry-service.yaml must be what the code serves. Regenerate it with
 * {@code ./mvnw verify -Dpressinfo.openapi.update=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentMatchesTheCode() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path file = Path.of(System.getProperty("pressinfo.openapi.file", "../docs/openapi/registry-service.yaml"));
        if (Boolean.getBoolean("pressinfo.openapi.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served, StandardCharsets.UTF_8);
        }
        assertThat(file).as("committed OpenAPI document").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is stale: run ./mvnw verify -Dpressinfo.openapi.update=true and commit it", file)
                .isEqualTo(served);
    }
}
