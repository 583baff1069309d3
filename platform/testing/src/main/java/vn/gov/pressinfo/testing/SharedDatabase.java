package vn.gov.pressinfo.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.pressinfo.embedded.PostgresServer;

/**
 * Quarkus test resource for tests that need a datasource but no Kafka: a database named after the {@code database}
 * init argument on the shared embedded PostgreSQL server, for the default datasource or, with a {@code datasource}
 * init argument, for that named one. Use on one class per module:
 * {@code @WithTestResource(value = SharedDatabase.class, initArgs = @ResourceArg(name = "database", value = "web_lib"),
 * scope = TestResourceScope.GLOBAL)}.
 */
public class SharedDatabase implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private String prefix = "quarkus.datasource.";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        if (initArgs.containsKey("datasource")) {
            prefix = "quarkus.datasource." + initArgs.get("datasource") + ".";
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                prefix + "jdbc.url", SharedInfrastructure.database(database),
                prefix + "username", PostgresServer.USER,
                prefix + "password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared for the whole JVM and stopped by SharedInfrastructure.
    }
}
