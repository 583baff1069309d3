package vn.gov.pressinfo.security.tokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.SharedDatabase;

/** Database {@code security_lib} on the shared embedded PostgreSQL server, for every test of this library. */
@WithTestResource(value = SharedDatabase.class, initArgs = @ResourceArg(name = "database", value = "security_lib"),
        scope = TestResourceScope.GLOBAL)
public class TestDatabase {
}
