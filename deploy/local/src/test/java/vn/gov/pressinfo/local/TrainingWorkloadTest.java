package vn.gov.pressinfo.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.local.LocalStack.Service;

class TrainingWorkloadTest {

    /** The training requests follow the API: each read path is an operation of the service's committed document. */
    @Test
    void everyTrainedPathIsInTheServicesOpenApiDocument() throws IOException {
        Path docs = Path.of("..", "..", "docs", "openapi");
        for (Service s : Service.values()) {
            String document = Files.readString(docs.resolve(s.artifactId() + ".yaml"));
            for (String path : TrainingWorkload.readPaths(s)) {
                String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                if (!bare.startsWith("/q/")) {
                    assertTrue(document.contains("\n  " + bare + ":\n"), s + " has no operation at " + bare);
                }
            }
        }
    }
}
