package vn.gov.pressinfo.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource for every service: a real embedded PostgreSQL (a database named after the
 * {@code database} init argument) and a real in-process Kafka broker with the suite's topics.
 * Use on one class per service: {@code @WithTestResource(value = PressInfoTestResources.class,
 * initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.GLOBAL)}.
 */
public class PressInfoTestResources implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", SharedInfrastructure.database(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", "postgres");
        config.put("kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
        // The in-process broker logs every config at INFO; keep test output readable.
        config.put("quarkus.log.category.\"kafka\".level", "WARN");
        config.put("quarkus.log.category.\"org.apache.kafka\".level", "WARN");
        config.put("quarkus.log.category.\"state.change.logger\".level", "WARN");
        return config;
    }

    @Override
    public void stop() {
        // Shared for the whole JVM; stopped by SharedInfrastructure's shutdown hooks.
    }
}
