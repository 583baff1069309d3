package vn.gov.pressinfo.consumer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.PressInfoTestResources;

/**
 * Every test of this library runs against a real PostgreSQL database ({@code inbox_lib}) and a real
 * Kafka broker, with the test topics created before the application subscribes.
 */
@WithTestResource(value = PressInfoTestResources.class, initArgs = @ResourceArg(name = "database", value = "inbox_lib"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestTopics.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {
}
