package vn.gov.pressinfo.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource for every service: a real embedded PostgreSQL (a database named after the
 * {@code database} init argument, see {@link SharedDatabase}) and a real in-process Kafka broker with the suite's topics.
 * Use on one class per service: {@code @WithTestResource(value = PressInfoTestResources.class,
 * initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.GLOBAL)}.
 */
public class PressInfoTestResources extends SharedDatabase {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
        // The in-process broker logs every config at INFO; keep test output readable.
        config.put("quarkus.log.category.\"kafka\".level", "WARN");
        config.put("quarkus.log.category.\"org.apache.kafka\".level", "WARN");
        config.put("quarkus.log.category.\"state.change.logger\".level", "WARN");
        return config;
    }
}
