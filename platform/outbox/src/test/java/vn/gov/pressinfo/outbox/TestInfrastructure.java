package vn.gov.pressinfo.outbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.PressInfoTestResources;
import vn.gov.pressinfo.testing.SharedDatabase;

/**
 * Every test of this library runs against a real PostgreSQL server and a real Kafka broker: database
 * {@code outbox_lib} for the application's own outbox and relay, and {@code outbox_lib_relay} (the
 * {@code relay} datasource) for the relays that {@link OutboxRelayTest} starts and stops itself.
 */
@WithTestResource(value = PressInfoTestResources.class, initArgs = @ResourceArg(name = "database", value = "outbox_lib"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SharedDatabase.class, initArgs = {@ResourceArg(name = "database", value = "outbox_lib_relay"),
        @ResourceArg(name = "datasource", value = "relay")}, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {
}
