package vn.gov.pressinfo.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.testing.contract.HealthContract;

@QuarkusTest
class HealthTest extends HealthContract {

    @Override
    protected String kafkaCheckName() {
        return "kafka-consumers";
    }
}
