package vn.gov.pressinfo.notification;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.HealthContract;

@QuarkusTest
class HealthTest extends HealthContract {

    @Override
    protected String kafkaCheckName() {
        return "kafka-consumers";
    }
}
