package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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
}
