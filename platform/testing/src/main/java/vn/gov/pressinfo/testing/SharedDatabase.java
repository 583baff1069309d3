package vn.gov.pressinfo.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource for a library's tests that need a datasource but no Kafka: a database named after the
 * {@code database} init argument on the shared embedded PostgreSQL server. Use on one class per module:
 * {@code @WithTestResource(value = SharedDatabase.class, initArgs = @ResourceArg(name = "database", value = "web_lib"),
 * scope = TestResourceScope.GLOBAL)}.
 */
public class SharedDatabase implements QuarkusTestResourceLifecycleManager {

    private String database = "lib";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", SharedInfrastructure.database(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared for the whole JVM and stopped by SharedInfrastructure.
    }
}
