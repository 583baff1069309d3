package vn.gov.pressinfo.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.gov.pressinfo.testing.PressInfoTestResources;

/**
 * Every test of this service runs against a real PostgreSQL database, a real Kafka broker and a real
 * SMTP server (GreenMail).
 */
@WithTestResource(value = PressInfoTestResources.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailSink.class, scope = TestResourceScope.GLOBAL)
public class TestInfrastructure {
}
