package vn.gov.pressinfo.outbox;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.pressinfo.testing.PostgresServer;
import vn.gov.pressinfo.testing.SharedInfrastructure;

/** The {@code relay} datasource: database {@code outbox_lib_relay} on the shared PostgreSQL server. */
public class RelayDatabase implements QuarkusTestResourceLifecycleManager {

    static final String NAME = "outbox_lib_relay";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.relay.jdbc.url", SharedInfrastructure.database(NAME),
                "quarkus.datasource.relay.username", PostgresServer.USER,
                "quarkus.datasource.relay.password", "postgres");
    }

    @Override
    public void stop() {
        // The server is shared for the whole JVM and stopped by SharedInfrastructure.
    }
}
