package vn.gov.pressinfo.security.tokens;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.PostgresServer;
import vn.gov.pressinfo.testing.SharedInfrastructure;

/** Database {@code security_lib} on the shared embedded PostgreSQL server, for every test of this library. */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedInfrastructure.database("security_lib"),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared for the whole JVM and stopped by SharedInfrastructure.
    }
}
