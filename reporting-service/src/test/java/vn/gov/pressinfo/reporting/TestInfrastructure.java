package vn.gov.pressinfo.reporting;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.PressInfoTestResources;

/** Every test of this service runs against a real PostgreSQL database and a real Kafka broker. */
@WithTestResource(value = PressInfoTestResources.class, initArgs = @ResourceArg(name = "database", value = "reporting"),
        scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {
}
